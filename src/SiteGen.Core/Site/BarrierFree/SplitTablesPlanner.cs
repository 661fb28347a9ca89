using SiteGen.Core.Reports;
using SiteGen.Core.Site.Pages;

namespace SiteGen.Core.Site.BarrierFree;

/// <summary>Builds the 分表版 of a report: its tables as simple tables, one per row group.</summary>
internal static class SplitTablesPlanner
{
    public static SplitTablesPage Build(Report report, SiteInfo site)
    {
        var route = Routes.ReportSplitTables(report.Agency.Id, report.Year);
        var groups = SplitTables.For(report);
        var text = site.Links.Href(route, Routes.ReportText(report.Agency.Id, report.Year));
        return new SplitTablesPage
        {
            Route = route,
            Heading = $"{report.Title}（分表版）",
            DocumentTitle = $"{report.Agency.Name} {report.Year} 年报告统计表分表版",
            Description = $"{report.Agency.Name}{report.Year}年政府信息公开工作年度报告的统计表，拆分为只有一行表头和一列表头的简单表格。",
            Site = site,
            Breadcrumbs = TextViewPlanner.Breadcrumbs(report, route, site.Links),
            Views = ReportViewLinks.For(report, route, site.Links),
            Groups = groups,
            // A group's id (table-三) is the text view's section of the same table (table-三-heading).
            TextElsewhere = groups.ToDictionary(g => g.Id, g => (IReadOnlyList<Link>)[new Link("逐项文字版", $"{text}#{g.Id}-heading")]),
            LargeTypeHref = site.Links.Href(route, Routes.ReportLargeType(report.Agency.Id, report.Year)),
        };
    }
}
