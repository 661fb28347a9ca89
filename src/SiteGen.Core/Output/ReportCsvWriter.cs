using System.Text;
using SiteGen.Core.Site.BarrierFree;

namespace SiteGen.Core.Output;

/// <summary>
/// One national table as CSV (RFC 4180): UTF-8 with a byte order mark, because Excel in China opens a CSV without
/// one as GBK and garbles every character. One line per number with its full row and column paths ("long" form),
/// since table 二's rows have different columns and no single grid holds them; a blank cell stays empty, never 0.
/// </summary>
public static class ReportCsvWriter
{
    public static readonly string[] Header = ["表格", "行", "列", "数值", "字段"];

    public static byte[] Write(TableLines table)
    {
        var text = new StringBuilder();
        Line(text, Header);
        foreach (var line in table.Lines)
        {
            Line(text, [table.Title, line.RowText, line.ColumnText, line.Value is null ? "" : Site.Tables.TableViewBuilder.Format(line.Value), line.Key]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> fields)
    {
        text.AppendJoin(',', fields.Select(Quote));
        text.Append("\r\n");
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
