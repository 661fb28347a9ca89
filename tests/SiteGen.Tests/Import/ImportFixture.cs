using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace SiteGen.Tests.Import;

/// <summary>The shapes a report reaches editors in; every quirk test runs in each.</summary>
public enum Shape
{
    Tabs,
    Pipes,
    Markdown,
    OneCellPerLine,
    BlankLineCells,
    Html,
    Docx,
    Gbk,
}

/// <summary>
/// A report written for a test as blocks: headings, paragraphs and tables (rows of cells as printed, "" for an empty
/// layout cell). <see cref="Render"/> flattens it the way each input form does, so one test covers every form.
/// </summary>
internal sealed class ImportFixture
{
    private readonly List<(string Kind, string Text, List<string[]>? Rows)> _blocks = [];

    public static readonly Shape[] AllShapes = Enum.GetValues<Shape>();

    public ImportFixture Heading(string text) { _blocks.Add(("h", text, null)); return this; }

    public ImportFixture Paragraph(string text) { _blocks.Add(("p", text, null)); return this; }

    public ImportFixture Table(IEnumerable<string[]> rows) { _blocks.Add(("t", "", rows.ToList())); return this; }

    public byte[] Render(Shape shape) => shape switch
    {
        Shape.Html => Encoding.UTF8.GetBytes(Html()),
        Shape.Docx => Docx(),
        Shape.Gbk => System.Text.CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!.GetBytes(Text(Shape.Tabs)),
        _ => Encoding.UTF8.GetBytes(Text(shape)),
    };

    public string FileName(Shape shape) => shape switch
    {
        Shape.Html => "report.html",
        Shape.Docx => "report.docx",
        Shape.Markdown => "report.md",
        _ => "report.txt",
    };

    public string Text(Shape shape)
    {
        var text = new StringBuilder();
        foreach (var (kind, value, rows) in _blocks)
        {
            if (kind == "h")
            {
                text.Append(shape == Shape.Markdown ? "## " : "").Append(value).Append("\n\n");
            }
            else if (kind == "p")
            {
                text.Append(value).Append("\n\n");
            }
            else
            {
                for (var r = 0; r < rows!.Count; r++)
                {
                    var cells = rows[r];
                    switch (shape)
                    {
                        case Shape.Pipes:
                            text.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
                            break;
                        case Shape.Markdown:
                            text.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
                            if (r == 0)
                            {
                                text.Append('|').Append(string.Concat(cells.Select(_ => "---|"))).Append('\n');
                            }

                            break;
                        case Shape.OneCellPerLine:
                            foreach (var cell in cells.Where(c => c.Length > 0))
                            {
                                text.Append(cell).Append('\n');
                            }

                            break;
                        case Shape.BlankLineCells:
                            foreach (var cell in cells.Where(c => c.Length > 0))
                            {
                                text.Append(cell).Append("\n\n");
                            }

                            break;
                        default:
                            text.Append(string.Join("\t", cells)).Append('\n');
                            break;
                    }
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>A web page: leading empty cells are covered by a rowspan from above, a label before an empty cell spans it.</summary>
    private string Html()
    {
        var html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>报告</title></head><body>\n");
        foreach (var (kind, value, rows) in _blocks)
        {
            if (kind == "h")
            {
                html.Append("<h2>").Append(value).Append("</h2>\n");
            }
            else if (kind == "p")
            {
                html.Append("<p>").Append(value).Append("</p>\n");
            }
            else
            {
                html.Append("<table border=\"1\">\n");
                foreach (var cells in rows!)
                {
                    html.Append("<tr>");
                    var i = 0;
                    while (i < cells.Length && cells[i].Length == 0)
                    {
                        i++; // covered by a cell above
                    }

                    for (; i < cells.Length; i++)
                    {
                        var span = 1;
                        while (cells[i].Length > 0 && i + span < cells.Length && cells[i + span].Length == 0 && !IsNumber(cells[i]))
                        {
                            span++;
                        }

                        html.Append(span > 1 ? $"<td colspan=\"{span}\">" : "<td>").Append(System.Net.WebUtility.HtmlEncode(cells[i])).Append("</td>");
                        i += span - 1;
                    }

                    html.Append("</tr>\n");
                }

                html.Append("</table>\n");
            }
        }

        return html.Append("</body></html>\n").ToString();
    }

    private static bool IsNumber(string cell) => cell.Length > 0 && (char.IsDigit(cell[^1]) || cell is "/" or "-" or "无");

    private byte[] Docx()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var (kind, value, rows) in _blocks)
            {
                if (kind == "t")
                {
                    var table = new Table();
                    foreach (var cells in rows!)
                    {
                        var row = new TableRow();
                        foreach (var cell in cells)
                        {
                            row.Append(new TableCell(new Paragraph(new Run(new Text(cell) { Space = SpaceProcessingModeValues.Preserve }))));
                        }

                        table.Append(row);
                    }

                    body.Append(table);
                }
                else
                {
                    var paragraph = new Paragraph(new Run(new Text(value)));
                    if (kind == "h")
                    {
                        paragraph.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = "Heading2" }));
                    }

                    body.Append(paragraph);
                }
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }
}
