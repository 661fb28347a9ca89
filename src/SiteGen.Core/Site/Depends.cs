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

    public static string Year(int year) => "year:" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Region(IEnumerable<string> region) => "region:" + string.Join("/", region);

    /// <summary>Jobs made from the year's reports' metric counts (and their places): the year's comparison.</summary>
    public static string Counts(int year) => "counts:" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Jobs made from one metric's values in one year: its ranking page.</summary>
    public static string Metric(string metricId, int year) => $"metric:{metricId}:{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Jobs made from the cells of the year's reports: the year's long table.</summary>
    public static string Cells(int year) => "cells:" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The tags an edit in place touches beyond <see cref="On"/>: those of the year's figures that changed. An edit
    /// of the text leaves the rankings, the year's comparison and its long table as they are; a number edited
    /// touches the metrics whose value it moved. Every figure of those pages is a sum over the reports of a value
    /// each report gives (a metric's numerator and denominator, a count, a cell), so a report whose values did not
    /// change leaves them as they were.
    /// </summary>
    public static IEnumerable<string> Figures(Report was, Report now)
    {
        var (before, after) = (Metrics.MetricCounts.Of(was), Metrics.MetricCounts.Of(now));
        if (before != after)
        {
            yield return Counts(now.Year);
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
        }
    }

    /// <summary>Every tag a report touches: its own, its agency's, its year's and each level of its region's.</summary>
    public static IEnumerable<string> On(Report report)
    {
        yield return Report(report);
        yield return Agency(report.Agency.Id);
        yield return Year(report.Year);
        for (var depth = 1; depth <= report.Agency.Region.Length; depth++)
        {
            yield return Region(report.Agency.Region.Take(depth));
        }
    }
}
