using SiteGen.Core.Reports;

namespace SiteGen.Core.Output.OpenData;

/// <summary>data/reports.csv: one row a report (by agency and year), every cell of the national tables a column.</summary>
public static class ReportsCsvWriter
{
    private static readonly ReportRows Rows = new(report =>
    {
        var csv = new CsvText();
        csv.Line([.. ReportFields.All.Select(f => f.Value(report))]);
        return csv.ToBytes(withPreamble: false);
    });

    /// <summary>The file in parts, written one after the other (<see cref="Site.FileJob.InParts"/>).</summary>
    /// <param name="keep">Keep each report's row for the next build (<see cref="ReportRows"/>).</param>
    public static IEnumerable<byte[]> Parts(IEnumerable<Report> reports, bool keep = false)
    {
        var header = new CsvText();
        header.Line([.. ReportFields.All.Select(f => f.Name)]);
        return Rows.Parts(header.ToBytes(), reports, [], [], keep);
    }

    public static byte[] Write(IEnumerable<Report> reports) => ByteParts.Join(Parts(reports));

    public static bool SameRow(Report a, Report b) => Rows.Same(a, b);
}

/// <summary>The order of the archive-wide files: agency id, then year, so a rebuild writes the same bytes.</summary>
public static class OpenDataOrder
{
    public static IEnumerable<Report> Of(IEnumerable<Report> reports) =>
        reports.OrderBy(r => r.Agency.Id, StringComparer.Ordinal).ThenBy(r => r.Year);
}
