using SiteGen.Core.Reports;
using SiteGen.Core.Site.Pages;

namespace SiteGen.Core.Site.BarrierFree;

/// <summary>Builds the 逐项文字版 of a report: one line per number, for every screen reader and every cognitive load.</summary>
internal static class TextViewPlanner
{
    public static TextViewPage Build(Report report, SiteInfo site)
    {
        var route = Routes.ReportText(report.Agency.Id, report.Year);
        var tables = CellLines.For(report);
        return new TextViewPage
        {
            Route = route,
            Heading = $"{report.Title}（逐项文字版）",
            DocumentTitle = $"{report.Agency.Name} {report.Year} 年报告统计表逐项文字版",
            Description = $"{report.Agency.Name}{report.Year}年政府信息公开工作年度报告统计表的每一个数字及其完整表头。",
            Site = site,
            Breadcrumbs = Breadcrumbs(report, route, site.Links),
            Views = ReportViewLinks.For(report, route, site.Links),
            Tables = tables,
            LargeTypeHref = site.Links.Href(route, Routes.ReportLargeType(report.Agency.Id, report.Year)),
        };
    }

    internal static IReadOnlyList<Link> Breadcrumbs(Report report, string route, LinkResolver links) =>
    [
        new("首页", links.Href(route, Routes.Home)),
        new(report.Agency.Name, links.Href(route, Routes.Agency(report.Agency.Id))),
        new($"{report.Year} 年报告", links.Href(route, Routes.Report(report.Agency.Id, report.Year))),
    ];
}
