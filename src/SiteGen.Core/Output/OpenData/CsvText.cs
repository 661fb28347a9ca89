using System.Buffers;
using System.Text;

namespace SiteGen.Core.Output.OpenData;

/// <summary>
/// RFC 4180 CSV in UTF-8 with a byte order mark (Excel in China opens a CSV without one as GBK), CRLF line ends.
/// Fields are encoded straight into one byte buffer: a year's long table is tens of MB, and building it as one
/// string first, then transcoding it, was most of the time an edit under serve spent on it.
/// </summary>
internal sealed class CsvText(int capacity = 4096)
{
    private readonly ArrayBufferWriter<byte> _bytes = new(capacity);

    /// <param name="end">False for the start of a line that goes on: a comma, not the line's end, follows.</param>
    public void Line(ReadOnlySpan<string> fields, bool end = true)
    {
        var first = true;
        foreach (var field in fields)
        {
            if (!first)
            {
                Ascii((byte)',');
            }

            first = false;
            Field(field);
        }

        if (end)
        {
            Ascii((byte)'\r');
            Ascii((byte)'\n');
        }
        else
        {
            Ascii((byte)',');
        }
    }

    /// <summary>Bytes already encoded by a <see cref="CsvText"/>, and separators.</summary>
    public void Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(_bytes.GetSpan(bytes.Length));
        _bytes.Advance(bytes.Length);
    }

    /// <summary>The last field of a line, then the line's end.</summary>
    public void End(string field)
    {
        Field(field);
        Ascii((byte)'\r');
        Ascii((byte)'\n');
    }

    /// <summary>Empties the buffer, for the next text.</summary>
    public void Clear() => _bytes.ResetWrittenCount();

    /// <param name="withPreamble">False for a part of a file whose start has the byte order mark.</param>
    public byte[] ToBytes(bool withPreamble = true) =>
        withPreamble ? [.. Encoding.UTF8.Preamble, .. _bytes.WrittenSpan] : _bytes.WrittenSpan.ToArray();

    private void Field(string field)
    {
        if (field.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            Text(field);
            return;
        }

        Ascii((byte)'"');
        Text(field.Replace("\"", "\"\"", StringComparison.Ordinal));
        Ascii((byte)'"');
    }

    private void Text(string text) => _bytes.Advance(Encoding.UTF8.GetBytes(text, _bytes.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length))));

    private void Ascii(byte b)
    {
        _bytes.GetSpan(1)[0] = b;
        _bytes.Advance(1);
    }
}
