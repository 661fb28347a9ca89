using System.Collections.Immutable;

namespace SiteGen.Core.Import;

/// <summary>
/// <c>sitegen import</c>'s engine: bytes → decoded input → lines (whatever the form) → outline → tables read by
/// labels → metadata → narrative → report file text. Pure: no file system, so tests and the CLI share it.
/// </summary>
public static class ReportImporter
{
    public static ImportResult Import(string inputDisplay, byte[] bytes)
    {
        var log = new ImportLog(inputDisplay);
        var input = InputDecoder.Decode(inputDisplay, bytes, log);
        var lines = input is null ? null : input.Form switch
        {
            InputForm.Docx => DocxInputReader.Read(input.Bytes, log),
            InputForm.Html => HtmlInputReader.Read(input.Text),
            _ => TextInputReader.Read(input.Text),
        };
        if (lines is null)
        {
            return new ImportResult(null, [.. log.Items], []);
        }

        if (lines.Count == 0)
        {
            log.Unreadable("IMPORT-EMPTY", "文件中没有文字。", "核对是否选错了文件；扫描版 PDF 和图片没有可导入的文字。");
            return new ImportResult(null, [.. log.Items], []);
        }

        var outline = DocumentOutline.Find(lines);
        var meta = MetadataGuesser.Guess(lines, outline, log);
        var tables = TableRecognizer.Read(lines, outline, meta.Year, log);
        var body = NarrativeExtractor.Extract(lines, outline, tables.Format);
        var output = FrontMatterWriter.Write(meta, tables, body);
        var text = string.Join("\n", output.Select(l => l.Text)) + "\n";
        var diagnostics = log.Items.OrderBy(d => d.Line).ThenBy(d => d.Code, StringComparer.Ordinal).ToImmutableArray();
        return new ImportResult(text, diagnostics, [.. output.Select(l => l.InputLine)]);
    }
}
