using System.Runtime.CompilerServices;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Output.OpenData;

/// <summary>
/// The bytes one report contributes to an archive-wide data file. Under serve they are kept as long as the report
/// object lives: a session keeps the objects of unedited reports, so after an edit the file is made of kept rows and
/// only the edited report is encoded again (issue 8). A one-off build keeps none (25 MB at 10,000 reports). UTF-8 and
/// the files' separators concatenate, so the parts written one after the other are the bytes of writing the whole
/// file at once; they are never joined into one array (20 MB for reports.json at 10,000 reports).
/// </summary>
internal sealed class ReportRows(Func<Report, byte[]> encode)
{
    private readonly ConditionalWeakTable<Report, byte[]> _rows = [];

    /// <summary>Whether two reports have the same row (under serve, an edited report against the one it replaces).</summary>
    public bool Same(Report a, Report b) => _rows.GetValue(a, encode.Invoke).AsSpan().SequenceEqual(_rows.GetValue(b, encode.Invoke));

    /// <summary>The file as parts: <paramref name="head"/>, the rows in <see cref="OpenDataOrder"/> with
    /// <paramref name="separator"/> between them (when not empty), and <paramref name="tail"/>.</summary>
    /// <param name="keep">Keep each row with its report for the next build.</param>
    public IEnumerable<byte[]> Parts(byte[] head, IEnumerable<Report> reports, byte[] separator, byte[] tail, bool keep)
    {
        yield return head;
        var first = true;
        foreach (var report in OpenDataOrder.Of(reports))
        {
            if (!first && separator.Length > 0)
            {
                yield return separator;
            }

            first = false;
            yield return keep ? _rows.GetValue(report, encode.Invoke) : encode(report);
        }

        yield return tail;
    }
}
