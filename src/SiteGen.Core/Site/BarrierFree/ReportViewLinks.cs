using SiteGen.Core.Reports;
using SiteGen.Core.Site.Pages;

namespace SiteGen.Core.Site.BarrierFree;

/// <summary>The links between a report's views and its data files, as seen from one of its pages.</summary>
internal static class ReportViewLinks
{
    public static ReportViews For(Report report, string from, LinkResolver links)
    {
        var tables = CellLines.TablesOf(report).ToList();
        var (id, year) = (report.Agency.Id, report.Year);
        Link? To(string text, string route) => route == from ? null : new Link(text, links.Href(from, route));
        var hasTables = tables.Count > 0;
        List<Link> downloads = hasTables
            ?
            [
                .. tables.Select(t => new Link($"表{t.Number}（CSV）", links.Href(from, Routes.ReportCsv(id, year, t.Id)))),
                new Link("全部统计表（JSON）", links.Href(from, Routes.ReportJson(id, year))),
            ]
            : [];
        return new ReportViews(
            To("标准版", Routes.Report(id, year)),
            hasTables ? To("逐项文字版", Routes.ReportText(id, year)) : null,
            hasTables ? To("分表版", Routes.ReportSplitTables(id, year)) : null,
            To("大字版", Routes.ReportLargeType(id, year)),
            downloads);
    }

    /// <summary>
    /// Where one table of the report stands in its 分表版 and its 逐项文字版 (both headed <c>table-三-heading</c> and so
    /// on): on a phone, a wide table shows its row headers and little else, and these views read better there.
    /// </summary>
    public static IReadOnlyList<Link> ForTable(Report report, TableDef table, string from, LinkResolver links)
    {
        var (id, year) = (report.Agency.Id, report.Year);
        var anchor = $"#table-{table.Number}-heading";
        return
        [
            new Link("分表版", links.Href(from, Routes.ReportSplitTables(id, year)) + anchor),
            new Link("逐项文字版", links.Href(from, Routes.ReportText(id, year)) + anchor),
        ];
    }
}
