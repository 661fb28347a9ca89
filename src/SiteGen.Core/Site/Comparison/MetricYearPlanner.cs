using System.Globalization;
using SiteGen.Core.Metrics;
using SiteGen.Core.Reports;
using SiteGen.Core.Site.Charts;
using SiteGen.Core.Site.Pages;
using SiteGen.Core.Site.Tables;

namespace SiteGen.Core.Site.Comparison;

/// <summary>One metric in one year: agencies ranked within peer groups (same sector and level; same region).</summary>
public static class MetricYearPlanner
{
    public static MetricYearPage Build(MetricDef metric, int year, IReadOnlyList<Report> reports, IReadOnlyList<int> years, SiteInfo site)
    {
        var route = Routes.MetricYear(metric.Id, year);
        var links = site.Links;
        var peers = reports.GroupBy(r => $"{r.Agency.Sector} · {r.Agency.Level}级").OrderBy(g => g.Key, ChineseOrder.Instance).ToList();
        var regions = reports.GroupBy(r => string.Join(" ", r.Agency.Region.Take(2))).OrderBy(g => g.Key, ChineseOrder.Instance).ToList();
        RankedGroup Group(string id, IGrouping<string, Report> g, int i) => Ranked($"{id}-{i + 1}", $"{g.Key}（{g.Count()} 个机关）", g.Key, metric, [.. g], route, links);
        return new MetricYearPage
        {
            Route = route,
            Heading = $"{year} 年度{metric.Name}排名",
            DocumentTitle = $"{year} 年度各机关{metric.Name}排名",
            Description = $"{year} 年度各机关{metric.Name}，在同领域同层级、同地区的机关中排名。",
            Site = site,
            Breadcrumbs = [new("首页", links.Href(route, Routes.Home)), new("指标说明", links.Href(route, Routes.MetricGuide, metric.Id))],
            Metric = MetricCells.Column(metric, route, links),
            Formula = metric.Formula,
            Year = year,
            ByPeers = [.. peers.Select((g, i) => Group("peers", g, i))],
            ByRegion = [.. regions.Select((g, i) => Group("region", g, i))],
            Chart = BarChartBuilder.Build("peer-chart", $"{year} 年度各同类组{metric.Name}（组内合计）", "同类组（领域 · 层级）", metric,
                peers.Select(g => (g.Key, metric.Of(MetricCounts.Of(g))))),
            OtherYears = [.. years.Where(y => y != year).Select(y => new Link($"{y} 年度", links.Href(route, Routes.MetricYear(metric.Id, y))))],
            OtherMetrics = [.. MetricCatalog.All.Where(m => m != metric).Select(m => new Link(m.Name, links.Href(route, Routes.MetricYear(m.Id, year))))],
        };
    }

    /// <summary>Ranks by value, highest first; equal values share a rank (1, 2, 2, 4); no value, no rank.</summary>
    public static RankedGroup Ranked(string id, string caption, string groupName, MetricDef metric, IReadOnlyList<Report> reports, string route, LinkResolver links)
    {
        var values = reports.Select(r => (Report: r, Value: metric.Of(MetricCounts.Of(r))))
            .OrderByDescending(x => x.Value.Value.HasValue).ThenByDescending(x => x.Value.Value ?? 0).ThenBy(x => x.Report.Agency.Id, StringComparer.Ordinal).ToList();
        var rows = new List<RankedRow>();
        var first = 0; // where the run of equal values that this row is in starts: they share its rank
        for (var i = 0; i < values.Count; i++)
        {
            var (report, value) = values[i];
            if (i > 0 && values[i - 1].Value.Value != value.Value)
            {
                first = i;
            }

            var rank = value.Value is null ? MetricValue.Dash : (first + 1).ToString(CultureInfo.InvariantCulture);
            rows.Add(Row(rank, new Link(report.Agency.Name, links.Href(route, Routes.Agency(report.Agency.Id))), string.Join(" ", report.Agency.Region), value));
        }

        var total = metric.Of(MetricCounts.Of(reports));
        return new RankedGroup(id, caption, rows, Row("", new Link($"{groupName}合计", links.Href(route, Routes.MetricGuide, metric.Id)), "组内件数相加后计算", total));
    }

    private static RankedRow Row(string rank, Link label, string detail, MetricValue value) => new(
        rank, label, detail,
        new MetricCell(value.Text, value.Value is null ? value.Missing : value.SmallSample ? "小样本" : null),
        TableViewBuilder.Format(value.Numerator),
        value.Metric.Kind == MetricKind.Volume ? "" : TableViewBuilder.Format(value.Denominator));
}
