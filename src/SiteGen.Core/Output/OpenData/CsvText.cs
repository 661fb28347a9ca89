using System.Text;

namespace SiteGen.Core.Output.OpenData;

/// <summary>
/// RFC 4180 CSV in UTF-8 with a byte order mark (Excel in China opens a CSV without one as GBK), CRLF line ends.
/// </summary>
internal sealed class CsvText
{
    private readonly StringBuilder _text = new();

    public void Line(IEnumerable<string> fields)
    {
        _text.AppendJoin(',', fields.Select(Quote));
        _text.Append("\r\n");
    }

    /// <param name="withPreamble">False for a part of a file whose start has the byte order mark.</param>
    public byte[] ToBytes(bool withPreamble = true) =>
        withPreamble ? [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(_text.ToString())] : Encoding.UTF8.GetBytes(_text.ToString());

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
