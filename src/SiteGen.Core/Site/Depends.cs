using SiteGen.Core.Reports;

namespace SiteGen.Core.Site;

/// <summary>
/// What a page or data file is made from, as tags: when a report is edited, <c>sitegen serve</c> renders again only
/// the jobs that share a tag with it (issue 8). A job that names no tag is made from everything and is always made
/// again: forgetting a tag costs time, never a stale page.
/// </summary>
public static class Depends
{
    /// <summary>The tag of jobs made from the whole archive.</summary>
    public const string Everything = "*";

    /// <summary>
    /// The tag of jobs made only from what lists, links and groups show of the reports (titles, agencies, years,
    /// regions, formats: <see cref="ChangeScope"/>'s place). An edit in place keeps all of that, so it never touches
    /// them; adding, removing or moving a report makes everything again.
    /// </summary>
    public const string Places = "places";

    public static string Report(Report report) => "report:" + report.SourcePath;

    public static string Agency(string agencyId) => "agency:" + agencyId;

    /// <summary>Jobs made from the year's reports' metric counts (and their places): the year's comparison.</summary>
    public static string Counts(int year) => "counts:" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Jobs made from one metric's values in one year: its ranking page.</summary>
    public static string Metric(string metricId, int year) => $"metric:{metricId}:{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Jobs made from the metric counts of a region's reports (and their places): its summary page.</summary>
    public static string RegionCounts(IEnumerable<string> region) => "region-counts:" + string.Join("/", region);

    /// <summary>
    /// The tag of the archive-wide files with a row a report (reports.csv, reports.json): a report's row holds its
    /// front matter but the body, so an edit of the text alone leaves them as they are.
    /// </summary>
    public const string Rows = "rows";

    /// <summary>
    /// Jobs made from the cells of the year's reports: the year's long table, and the lists that show each report's
    /// headline figures and identity-error mark (the year's page, the home page).
    /// </summary>
    public static string Cells(int year) => "cells:" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Jobs that show one report's headline figures and identity-error mark, and no other report's of its year
    /// (the agency index shows each agency's newest report).</summary>
    public static string ReportCells(Report report) => "report-cells:" + report.SourcePath;

    /// <summary>
    /// The tags an edit in place touches beyond <see cref="On"/>: those of the year's figures that changed. An edit
    /// of the text leaves the rankings, the year's comparison, the region pages, the year's lists and its long table
    /// as they are; a number edited touches the metrics whose value it moved. Every figure of those pages is a sum
    /// over the reports of a value each report gives (a metric's numerator and denominator, a count, a cell), or a
    /// report's own cells, so a report whose values did not change leaves them as they were.
    /// </summary>
    public static IEnumerable<string> Figures(Report was, Report now)
    {
        var (before, after) = (Metrics.MetricCounts.Of(was), Metrics.MetricCounts.Of(now));
        if (before != after)
        {
            yield return Counts(now.Year);
            for (var depth = 1; depth <= now.Agency.Region.Length; depth++)
            {
                yield return RegionCounts(now.Agency.Region.Take(depth));
            }

            foreach (var metric in Metrics.MetricCatalog.All.Where(m => m.Of(before) != m.Of(after)))
            {
                yield return Metric(metric.Id, now.Year);
            }
        }

        static IEnumerable<(string, string, string, decimal?)> Cells(Report report) =>
            BarrierFree.CellLines.For(report).SelectMany(t => t.Lines.Select(l => (t.Number, l.Key, l.RowText + "\n" + l.ColumnText, l.Value)));
        if (!Cells(was).SequenceEqual(Cells(now)))
        {
            yield return Depends.Cells(now.Year);
            yield return ReportCells(now);
        }
    }

    /// <summary>The tag an edit in place touches when the report's row of the archive-wide files changed.</summary>
    public static IEnumerable<string> RowsChanged(Report was, Report now)
    {
        if (!Output.OpenData.ReportsCsvWriter.SameRow(was, now) || !Output.OpenData.ReportsJsonWriter.SameRow(was, now))
        {
            yield return Rows;
        }
    }

    /// <summary>
    /// Every tag any edit of a report touches: its own and its agency's. The pages that list or sum the reports of a
    /// year or a region show what only the numbers can change: they are touched by <see cref="Figures"/>.
    /// </summary>
    public static IEnumerable<string> On(Report report)
    {
        yield return Report(report);
        yield return Agency(report.Agency.Id);
    }
}
