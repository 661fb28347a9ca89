using System.Runtime.CompilerServices;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Output.OpenData;

/// <summary>
/// The bytes one report contributes to an archive-wide data file, kept as long as the report object lives: a serve
/// session keeps the objects of unedited reports, so after an edit the file is joined from kept rows and only the
/// edited report is encoded again (issue 8). UTF-8 and the files' separators concatenate, so the joined bytes are
/// those of writing the whole file at once.
/// </summary>
internal sealed class ReportRows(Func<Report, byte[]> encode)
{
    private readonly ConditionalWeakTable<Report, byte[]> _rows = [];

    public byte[] Join(ReadOnlySpan<byte> head, IEnumerable<Report> reports, ReadOnlySpan<byte> separator, ReadOnlySpan<byte> tail)
    {
        var rows = OpenDataOrder.Of(reports).Select(r => _rows.GetValue(r, encode.Invoke)).ToList();
        var bytes = new byte[head.Length + rows.Sum(r => r.Length) + (separator.Length * Math.Max(0, rows.Count - 1)) + tail.Length];
        var at = 0;
        head.CopyTo(bytes);
        at += head.Length;
        for (var i = 0; i < rows.Count; i++)
        {
            if (i > 0)
            {
                separator.CopyTo(bytes.AsSpan(at));
                at += separator.Length;
            }

            rows[i].CopyTo(bytes, at);
            at += rows[i].Length;
        }

        tail.CopyTo(bytes.AsSpan(at));
        return bytes;
    }
}
