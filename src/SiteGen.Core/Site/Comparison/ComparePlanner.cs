using SiteGen.Core.Reports;
using SiteGen.Core.Site.Pages;

namespace SiteGen.Core.Site.Comparison;

/// <summary>The compare page and its data file.</summary>
public static class ComparePlanner
{
    /// <param name="forEdits">Under serve: keep what the data file is made of for the next build.</param>
    public static void Add(IReadOnlyList<Report> reports, SiteInfo site, List<PageJob> jobs, List<FileJob> files, bool forEdits = false)
    {
        // The data file shows each year's metric figures, the agencies' names and which reports have tables: an edit in
        // place changes only the figures (names and formats stay, ChangeScope), so only a moved figure makes it again.
        List<string> counts = [.. ComparisonPlanner.Years(reports).Select(Depends.Counts)];
        files.Add(new FileJob(Routes.CompareData, () => CompareDataWriter.Write(reports, forEdits)) { Tags = counts });
        jobs.Add(new PageJob(Routes.Compare, () => Build(reports, site)) { Tags = [Depends.Places] });
    }

    private static ComparePage Build(IReadOnlyList<Report> reports, SiteInfo site)
    {
        var links = site.Links;
        var route = Routes.Compare;
        var latest = reports.Where(r => r.Tables.Length > 0).GroupBy(r => r.Agency.Id).Select(g => g.MaxBy(r => r.Year)!)
            .OrderBy(r => string.Join(" ", r.Agency.Region), ChineseOrder.Instance).ThenBy(r => r.Agency.Id, StringComparer.Ordinal).ToList();
        return new ComparePage
        {
            Route = route,
            Heading = "机关比较",
            DocumentTitle = "选择机关进行比较",
            Description = "选择二至四个机关，逐年并列比较实质公开率、不予公开率、结转率、复议纠错率等指标。",
            Site = site,
            Breadcrumbs = [new("首页", links.Href(route, Routes.Home))],
            Choices = [.. latest.Select(r => new CompareChoice(r.Agency.Id, r.Agency.Name, string.Join(" ", r.Agency.Region)))],
            DataHref = links.Href(route, Routes.CompareData),
            LinkPrefix = links.RootPrefix(route),
            LinkSuffix = links.FolderSuffix,
            Prebuilt =
            [
                .. ComparisonPlanner.Years(reports).Select(y => new Link($"{y} 年度各机关主要指标", links.Href(route, Routes.YearComparison(y)))),
                new("机关名录（每个机关的历年数据在其页面上）", links.Href(route, Routes.Agencies)),
                new("指标说明", links.Href(route, Routes.MetricGuide)),
            ],
        };
    }
}
