using System.Runtime.CompilerServices;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Output.OpenData;

/// <summary>
/// The bytes one report contributes to an archive-wide data file, kept as long as the report object lives: a serve
/// session keeps the objects of unedited reports, so after an edit the file is made of kept rows and only the
/// edited report is encoded again (issue 8). UTF-8 and the files' separators concatenate, so the parts written one
/// after the other are the bytes of writing the whole file at once; they are never joined into one array (20 MB for
/// reports.json at 10,000 reports).
/// </summary>
internal sealed class ReportRows(Func<Report, byte[]> encode)
{
    private readonly ConditionalWeakTable<Report, byte[]> _rows = [];

    /// <summary>The file as parts: <paramref name="head"/>, the rows in <see cref="OpenDataOrder"/> with
    /// <paramref name="separator"/> between them (when not empty), and <paramref name="tail"/>.</summary>
    public IEnumerable<byte[]> Parts(byte[] head, IEnumerable<Report> reports, byte[] separator, byte[] tail)
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
            yield return _rows.GetValue(report, encode.Invoke);
        }

        yield return tail;
    }
}
