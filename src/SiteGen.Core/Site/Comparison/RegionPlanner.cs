using SiteGen.Core.Metrics;
using SiteGen.Core.Reports;
using SiteGen.Core.Site.Charts;
using SiteGen.Core.Site.Pages;

namespace SiteGen.Core.Site.Comparison;

/// <summary>Region pages (province, city): totals summed from the reports of the region, rates computed from the sums.</summary>
public static class RegionPlanner
{
    /// <summary>Every province and city with reports that have tables, as region paths ([河南省], [河南省, 周口市]).</summary>
    public static IEnumerable<string[]> Regions(IEnumerable<Report> reports)
    {
        var withTables = reports.Where(r => r.Tables.Length > 0).ToList();
        return withTables.Select(r => r.Agency.Province).Distinct().Order(ChineseOrder.Instance).Select(p => new[] { p })
            .Concat(withTables.Where(r => r.Agency.City is not null).Select(r => (r.Agency.Province, City: r.Agency.City!)).Distinct()
                .OrderBy(c => c.Province, ChineseOrder.Instance).ThenBy(c => c.City, ChineseOrder.Instance).Select(c => new[] { c.Province, c.City }));
    }

    /// <summary>The row of a province's own agencies (those of no city) on its page, before the cities.</summary>
    private const string ProvinceLevel = "省级机关";

    public static bool In(Report report, IReadOnlyList<string> region) =>
        report.Agency.Region.Length >= region.Count && region.Select((part, i) => report.Agency.Region[i] == part).All(x => x);

    public static RegionPage Build(string[] region, IReadOnlyList<Report> all, SiteInfo site)
    {
        var route = Routes.Region(region);
        var links = site.Links;
        var name = string.Join(" ", region);
        var reports = all.Where(r => r.Tables.Length > 0 && In(r, region)).ToList();
        var metrics = MetricCatalog.All;
        var byYear = reports.GroupBy(r => r.Year).OrderByDescending(g => g.Key).ToList();
        var latest = byYear[0];
        var isProvince = region.Length == 1;
        var parts = isProvince
            ? latest.GroupBy(r => r.Agency.City ?? ProvinceLevel).OrderBy(g => g.Key != ProvinceLevel).ThenBy(g => g.Key, ChineseOrder.Instance)
                .Select(g => MetricCells.Row(g.Key == ProvinceLevel || g.First().Agency.City is null
                    ? new Link(g.Key, links.Href(route, Routes.YearComparison(latest.Key)))
                    : new Link(g.Key, links.Href(route, Routes.Region([region[0], g.Key]))), $"{g.Count()} 份报告", MetricCounts.Of(g), metrics))
            : latest.OrderBy(r => r.Agency.Id, StringComparer.Ordinal)
                .Select(r => MetricCells.Row(new Link(r.Agency.Name, links.Href(route, Routes.Agency(r.Agency.Id))), r.Agency.Sector, MetricCounts.Of(r), metrics));
        var chartMetric = MetricCatalog.SubstantiveDisclosure;
        var breadcrumbs = new List<Link> { new("首页", links.Href(route, Routes.Home)) };
        if (!isProvince)
        {
            breadcrumbs.Add(new Link(region[0], links.Href(route, Routes.Region([region[0]]))));
        }

        return new RegionPage
        {
            Route = route,
            Heading = $"{name}汇总",
            DocumentTitle = $"{name}政府信息公开年度报告汇总",
            Description = $"{name}各年度年度报告的件数合计和由合计计算的比率。",
            Site = site,
            Breadcrumbs = breadcrumbs,
            ByYear = new ComparisonTable("region-years", $"{name}历年合计（各报告件数相加后计算）", "年度",
                [.. metrics.Select(m => MetricCells.Column(m, route, links))],
                [.. byYear.Select(g => MetricCells.Row(new Link($"{g.Key} 年度", links.Href(route, Routes.YearComparison(g.Key))), $"{g.Count()} 份报告", MetricCounts.Of(g), metrics))],
                null),
            Parts = new ComparisonTable("region-parts", $"{latest.Key} 年度{name}{(isProvince ? "各市" : "各机关")}", isProvince ? "地区" : "机关",
                [.. metrics.Select(m => MetricCells.Column(m, route, links))], [.. parts],
                MetricCells.Row(new Link($"{name}合计", links.Href(route, Routes.YearComparison(latest.Key))), $"{latest.Count()} 份报告", MetricCounts.Of(latest), metrics)),
            Chart = BarChartBuilder.Build("region-chart", $"{name}历年{chartMetric.Name}", "年度", chartMetric,
                byYear.OrderBy(g => g.Key).Select(g => ($"{g.Key} 年度", chartMetric.Of(MetricCounts.Of(g)))), ranked: false),
            SubRegions = isProvince
                ? [.. reports.Where(r => r.Agency.City is not null).Select(r => r.Agency.City!).Distinct().Order(ChineseOrder.Instance)
                    .Select(c => new Link(c, links.Href(route, Routes.Region([region[0], c]))))]
                : [],
            Guide = new Link("指标说明", links.Href(route, Routes.MetricGuide)),
        };
    }
}
