using System.Globalization;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Narrative;
using SiteGen.Core.Reports;
using SiteGen.Core.Site.BarrierFree;
using SiteGen.Core.Site.Pages;
using SiteGen.Core.Site.Tables;

namespace SiteGen.Core.Site;

/// <summary>
/// Builds a report page: the six national sections in order, each with its narrative and its tables. The 大字版 is
/// the same page at its own URL with a fixed large text scale, so it works without JavaScript.
/// </summary>
internal static class ReportPagePlanner
{
    public static ReportPage Build(Report report, IReadOnlyList<Diagnostic> diagnostics, SiteInfo site, Report? previous, Report? next, bool largeType = false)
    {
        string RouteOf(Report r) => largeType ? Routes.ReportLargeType(r.Agency.Id, r.Year) : Routes.Report(r.Agency.Id, r.Year);
        var route = RouteOf(report);
        var links = site.Links;
        var (preamble, sections) = Content(report);

        var agencyRoute = Routes.Agency(report.Agency.Id);
        var facts = new List<Fact>
        {
            new("机关", report.Agency.Name, links.Href(route, agencyRoute)),
            new("统计年度", $"{report.Year} 年", links.Href(route, Routes.Year(report.Year))),
            new("地区", string.Join(" ", report.Agency.Region)),
            new("层级", $"{report.Agency.Level}级"),
            new("领域", report.Agency.Sector),
            new("表格格式", report.Format switch
            {
                ReportFormat.F2021 => "2021 年版（国办公开办函〔2021〕30号）",
                ReportFormat.F2019 => "2019 年版（国办公开办函〔2019〕60号）",
                _ => "2019 年以前（仅正文）",
            }),
        };
        if (report.Published is { } published)
        {
            facts.Add(new("发布日期", published.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)));
        }

        if (report.Source is { } source && Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            facts.Add(new("原文", source, source));
        }

        if (report.ProcurementAmount is { } amount)
        {
            facts.Add(new("政府集中采购总金额", amount));
        }

        return new ReportPage
        {
            Route = route,
            Heading = report.Title,
            DocumentTitle = $"{report.Agency.Name} {report.Year} 年政府信息公开工作年度报告{(largeType ? "（大字版）" : "")}",
            Description = $"{report.Agency.Name}{report.Year}年政府信息公开工作年度报告全文与统计表。",
            Site = site,
            Breadcrumbs = largeType
                ? [.. TextViewPlanner.Breadcrumbs(report, route, links)]
                : [new("首页", links.Href(route, Routes.Home)), new(report.Agency.Name, links.Href(route, agencyRoute))],
            Facts = facts,
            PreambleHtml = preamble,
            Sections = sections,
            Notices = [.. diagnostics.Select(d => new Notice(d.Code, d.IsError ? "数据勾稽错误" : "请核对", d.Message, d.IsError))],
            PreviousYear = previous is null ? null : new Link($"{previous.Year} 年报告", links.Href(route, RouteOf(previous))),
            NextYear = next is null ? null : new Link($"{next.Year} 年报告", links.Href(route, RouteOf(next))),
            Views = ReportViewLinks.For(report, route, links),
            TableElsewhere = CellLines.TablesOf(report).ToDictionary(t => TableSections[t.Id], t => ReportViewLinks.ForTable(report, t, route, links)),
            FixedTextScale = largeType ? TextScale.LargeType : null,
            LargeTypeHref = largeType ? null : links.Href(route, Routes.ReportLargeType(report.Agency.Id, report.Year)),
        };
    }

    /// <summary>
    /// The narrative before the sections, and the six sections with their text and tables: the same on the standard
    /// page and the 大字版. The plan adds the two one after the other, so a worker mostly makes them in a row; the last
    /// report's content is kept per thread, and the narrative is parsed and rendered once for both.
    /// </summary>
    private static (string Preamble, IReadOnlyList<SectionView> Sections) Content(Report report)
    {
        if (_last is { } last && ReferenceEquals(last.Report, report))
        {
            return last.Content;
        }

        var narrative = NarrativeDocument.Parse(report.Body);
        var sections = new List<SectionView>();
        for (var number = 1; number <= NationalSection.Titles.Count; number++)
        {
            var found = narrative.Sections.Where(s => s.Number == number).ToList();
            var html = NarrativeHtml.Render(found.SelectMany(s => s.Blocks), narrative.SectionLevel);
            var tables = TableSections.Where(p => p.Value == number).Select(p => ReportTables.For(report, p.Key)).FirstOrDefault() ?? [];
            var heading = found.Count > 0 ? found[0].Heading : NationalSection.Titles[number - 1];
            sections.Add(new SectionView(number, $"section-{number}", heading, html, tables, found.Count == 0));
        }

        var content = (NarrativeHtml.Render(narrative.Preamble, narrative.SectionLevel), (IReadOnlyList<SectionView>)sections);
        _last = (report, content);
        return content;
    }

    /// <summary>The national section each table stands in: 表二 in 二, 表三 in 三, 表四 in 四.</summary>
    private static readonly Dictionary<TableId, int> TableSections = new()
    {
        [TableId.Disclosure] = 2,
        [TableId.Applications] = 3,
        [TableId.Appeals] = 4,
    };

    [ThreadStatic]
    private static (Report Report, (string Preamble, IReadOnlyList<SectionView> Sections) Content)? _last;
}
