using SiteGen.Core.Metrics;
using SiteGen.Core.Reports;
using SiteGen.Core.Site.Charts;
using SiteGen.Core.Site.Pages;

namespace SiteGen.Core.Site.Comparison;

/// <summary>The per-year comparison: every agency's report of one year on the main metrics, and all of them summed.</summary>
public static class YearComparisonPlanner
{
    public static YearComparisonPage Build(int year, IReadOnlyList<Report> reports, SiteInfo site, int? older, int? newer)
    {
        var route = Routes.YearComparison(year);
        var links = site.Links;
        var metrics = MetricCatalog.Main;
        var ordered = reports.OrderBy(r => string.Join(" ", r.Agency.Region), ChineseOrder.Instance).ThenBy(r => r.Agency.Id, StringComparer.Ordinal).ToList();
        var rows = ordered.Select(r => MetricCells.Row(
            new Link(r.Agency.Name, links.Href(route, Routes.Report(r.Agency.Id, r.Year))),
            string.Join(" ", r.Agency.Region), MetricCounts.Of(r), metrics)).ToList();
        var all = MetricCounts.Of(ordered);
        var chartMetric = MetricCatalog.SubstantiveDisclosure;
        return new YearComparisonPage
        {
            Route = route,
            Heading = $"{year} 年度各机关主要指标",
            DocumentTitle = $"{year} 年度各机关政府信息公开主要指标比较",
            Description = $"{year} 年度 {ordered.Count} 个机关的实质公开率、不予公开率、结转率、复议纠错率等指标并列比较。",
            Site = site,
            Breadcrumbs = [new("首页", links.Href(route, Routes.Home)), new($"{year} 年度", links.Href(route, Routes.Year(year)))],
            Year = year,
            Table = new ComparisonTable("year-metrics", $"{year} 年度各机关主要指标（{ordered.Count} 个机关）", "机关",
                [.. metrics.Select(m => MetricCells.Column(m, route, links))], rows,
                MetricCells.Row(new Link("全部机关合计", links.Href(route, Routes.Year(year))), "各报告件数相加后计算", all, metrics)),
            Chart = BarChartBuilder.Build("year-chart", $"{year} 年度各机关{chartMetric.Name}", "机关", chartMetric,
                ordered.Select(r => (r.Agency.Name, chartMetric.Of(MetricCounts.Of(r)))), chartMetric.Of(all)),
            Guide = new Link("指标说明", links.Href(route, Routes.MetricGuide)),
            YearReports = new Link($"{year} 年度全部报告", links.Href(route, Routes.Year(year))),
            Rankings = [.. MetricCatalog.All.Select(m => new Link(m.Name, links.Href(route, Routes.MetricYear(m.Id, year))))],
            PreviousYear = older is { } o ? new Link($"{o} 年度", links.Href(route, Routes.YearComparison(o))) : null,
            NextYear = newer is { } n ? new Link($"{n} 年度", links.Href(route, Routes.YearComparison(n))) : null,
        };
    }
}
