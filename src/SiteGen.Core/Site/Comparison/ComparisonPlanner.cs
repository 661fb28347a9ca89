using SiteGen.Core.Metrics;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Site.Comparison;

/// <summary>Registers the comparison pages: the 指标说明, one comparison a year, one ranking a metric and year, one page a region.</summary>
public static class ComparisonPlanner
{
    public static void Add(IReadOnlyList<Report> reports, SiteInfo site, List<PageJob> jobs)
    {
        var years = reports.Where(r => r.Tables.Length > 0).GroupBy(r => r.Year).OrderByDescending(g => g.Key).ToList();
        List<int> allYears = [.. years.Select(y => y.Key)];
        jobs.Add(new PageJob(Routes.MetricGuide, () => MetricGuidePlanner.Build(site, allYears)) { Tags = [Depends.Places] });
        for (var i = 0; i < years.Count; i++)
        {
            var year = years[i];
            var newer = i > 0 ? years[i - 1].Key : (int?)null;
            var older = i + 1 < years.Count ? years[i + 1].Key : (int?)null;
            List<Report> group = [.. year];
            jobs.Add(new PageJob(Routes.YearComparison(year.Key), () => YearComparisonPlanner.Build(year.Key, group, site, older, newer)) { Tags = [Depends.Counts(year.Key)] });
            foreach (var metric in MetricCatalog.All)
            {
                jobs.Add(new PageJob(Routes.MetricYear(metric.Id, year.Key), () => MetricYearPlanner.Build(metric, year.Key, group, allYears, site)) { Tags = [Depends.Metric(metric.Id, year.Key)] });
            }
        }

        foreach (var region in RegionPlanner.Regions(reports))
        {
            jobs.Add(new PageJob(Routes.Region(region), () => RegionPlanner.Build(region, reports, site)) { Tags = [Depends.RegionCounts(region)] });
        }
    }

    /// <summary>The years that have a comparison page, newest first.</summary>
    public static IEnumerable<int> Years(IEnumerable<Report> reports) =>
        reports.Where(r => r.Tables.Length > 0).Select(r => r.Year).Distinct().OrderDescending();
}
