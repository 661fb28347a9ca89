using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SiteGen.Core.Import;

/// <summary>
/// Reads a Word file into lines: its paragraphs (headings by their style), and each row of its tables with the cells
/// as printed. A .docx has no lines, so a line number here is the paragraph or table row number in document order.
/// </summary>
public static class DocxInputReader
{
    public static IReadOnlyList<SourceLine>? Read(byte[] bytes, ImportLog log)
    {
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            var body = document.MainDocumentPart?.Document?.Body;
            if (body is null)
            {
                log.Unreadable("IMPORT-FORM", "文件是 zip 压缩包，但不是 Word 文档（没有 word/document.xml）。", "导入报告的 .docx 文件、保存的网页或文本。");
                return null;
            }

            var lines = new List<SourceLine>();
            var number = 0;
            foreach (var element in body.Elements())
            {
                if (element is Paragraph paragraph)
                {
                    number++;
                    AddParagraph(lines, paragraph, number);
                }
                else if (element is Table table)
                {
                    foreach (var row in table.Descendants<TableRow>())
                    {
                        number++;
                        lines.Add(SourceLine.Row(number, row.Elements<TableCell>().Select(CellText)) with { Grid = true });
                    }
                }
            }

            return lines;
        }
        catch (Exception e) when (e is OpenXmlPackageException or FormatException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException or ArgumentException)
        {
            log.Unreadable("IMPORT-FORM", $"文件看起来是 .docx（zip 压缩包），但无法打开：{e.Message}", "用 Word 或 WPS 打开后重新另存为 .docx，或导入其文本。");
            return null;
        }
    }

    private static void AddParagraph(List<SourceLine> lines, Paragraph paragraph, int number)
    {
        var text = ParagraphText(paragraph);
        if (text.Trim().Length == 0)
        {
            return;
        }

        if (HeadingLevel(paragraph) is { } level)
        {
            lines.Add(SourceLine.Heading(number, text.Trim(), level));
        }
        else if (text.Contains('\t'))
        {
            lines.Add(SourceLine.Row(number, text.Split('\t')));
        }
        else
        {
            lines.Add(SourceLine.Paragraph(number, text.Trim()));
        }
    }

    private static string CellText(TableCell cell) =>
        string.Join(" ", cell.Elements<Paragraph>().Select(ParagraphText).Where(t => t.Trim().Length > 0)).Trim();

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            switch (node)
            {
                case Text t: text.Append(t.Text); break;
                case TabChar: text.Append('\t'); break;
                case Break or CarriageReturn: text.Append(' '); break;
            }
        }

        return text.ToString();
    }

    /// <summary>Word's built-in heading styles are Heading1…9 (标题 1 in a Chinese Word); an outline level says the same.</summary>
    private static int? HeadingLevel(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        if (properties?.OutlineLevel?.Val?.Value is { } outline && outline < 9)
        {
            return outline + 1;
        }

        var style = properties?.ParagraphStyleId?.Val?.Value ?? "";
        var digits = new string(style.Where(char.IsDigit).ToArray());
        return (style.StartsWith("Heading", StringComparison.OrdinalIgnoreCase) || style.StartsWith("标题", StringComparison.Ordinal)) &&
               int.TryParse(digits, out var level) && level is >= 1 and <= 6
            ? level
            : null;
    }
}
