using SiteGen.Core.Diagnostics;
using SiteGen.Core.Output;
using SiteGen.Core.Reports;
using SiteGen.Core.Search;
using SiteGen.Core.Site.Agencies;
using SiteGen.Core.Site.BarrierFree;
using SiteGen.Core.Site.Comparison;
using SiteGen.Core.Site.OpenData;
using SiteGen.Core.Site.Pages;

namespace SiteGen.Core.Site;

/// <summary>
/// The Plan step: decides every page and its URL from the whole archive. Page models are built lazily by the jobs,
/// from the immutable reports and diagnostics; nothing here touches the file system.
/// </summary>
public static class SitePlanner
{
    /// <summary>The warnings that compare a year with the one before; the agency page lists them by year.</summary>
    private static readonly HashSet<string> CrossYearCodes = ["X-CARRY", "X-STOCK", "COPY"];

    /// <param name="forEdits">Under <c>sitegen serve</c>: the plan is made again after each edit, and what makes the
    /// next one faster is kept (each report's rows of the archive-wide data files).</param>
    /// <param name="kept">Under <c>sitegen serve</c>: each report's own jobs from the last plan, taken as they were
    /// where nothing they are made from changed.</param>
    public static SitePlan Plan(IReadOnlyList<Report> reports, IReadOnlyList<Diagnostic> diagnostics, SiteInfo site, IReadOnlyList<SearchDocument> searchDocuments, bool forEdits = false, ReportJobs? kept = null)
    {
        var byFile = diagnostics.ToLookup(d => d.File, StringComparer.Ordinal);
        var errorFiles = diagnostics.Where(d => d.IsError).Select(d => d.File).ToHashSet(StringComparer.Ordinal);
        var links = site.Links;
        ReportSummary Summary(Report r, string from) => SummaryBuilder.Summary(r, from, links, errorFiles.Contains(r.SourcePath));

        var jobs = new List<PageJob>();
        var files = new List<FileJob>();
        var byAgency = reports.GroupBy(r => r.Agency.Id).ToList();
        foreach (var agency in byAgency)
        {
            var years = agency.OrderBy(r => r.Year).ToList();
            for (var i = 0; i < years.Count; i++)
            {
                var report = years[i];
                var previous = i > 0 ? years[i - 1] : null;
                var next = i + 1 < years.Count ? years[i + 1] : null;
                Diagnostic[] own = [.. byFile[report.SourcePath]];
                if (kept is null)
                {
                    AddReport(report, own, site, previous, next, jobs, files);
                }
                else
                {
                    kept.Add(report, previous, next, own, site, jobs, files, () => AddReport(report, own, site, previous, next, jobs, files));
                }
            }

            var latest = years[^1];
            var route = Routes.Agency(agency.Key);
            jobs.Add(new PageJob(route, () => new AgencyPage
            {
                Route = route,
                Heading = latest.Agency.Name,
                DocumentTitle = $"{latest.Agency.Name}：历年政府信息公开工作年度报告",
                Site = site,
                Breadcrumbs = [new("首页", links.Href(route, Routes.Home)), new("机关", links.Href(route, Routes.Agencies))],
                Facts =
                [
                    new("地区", string.Join(" ", latest.Agency.Region)),
                    new("层级", $"{latest.Agency.Level}级"),
                    new("领域", latest.Agency.Sector),
                    new("报告数", $"{years.Count} 份（{years[0].Year}—{latest.Year} 年）"),
                ],
                Reports = [.. years.AsEnumerable().Reverse().Select(r => Summary(r, route))],
                Series = AgencySeriesBuilder.Build(years),
                CrossYear = [.. years.SelectMany(r => byFile[r.SourcePath].Where(d => CrossYearCodes.Contains(d.Code))
                    .Select(d => new CrossYearNotice(r.Year, d.Code, d.Message, new Link($"{r.Year} 年度报告", links.Href(route, Routes.Report(r.Agency.Id, r.Year))))))],
                MetricGuide = new Link("指标说明", links.Href(route, Routes.MetricGuide)),
            })
            { Tags = [Depends.Agency(agency.Key)] });
        }

        var byYear = reports.GroupBy(r => r.Year).OrderByDescending(g => g.Key).ToList();
        for (var i = 0; i < byYear.Count; i++)
        {
            var year = byYear[i];
            var route = Routes.Year(year.Key);
            var newer = i > 0 ? byYear[i - 1].Key : (int?)null;
            var older = i + 1 < byYear.Count ? byYear[i + 1].Key : (int?)null;
            jobs.Add(new PageJob(route, () => new YearPage
            {
                Route = route,
                Heading = $"{year.Key} 年度报告",
                DocumentTitle = $"{year.Key} 年度政府信息公开工作年度报告",
                Site = site,
                Breadcrumbs = [new("首页", links.Href(route, Routes.Home))],
                Reports = [.. ByRegion(year).Select(r => Summary(r, route))],
                PreviousYear = older is { } o ? new Link($"{o} 年度", links.Href(route, Routes.Year(o))) : null,
                NextYear = newer is { } n ? new Link($"{n} 年度", links.Href(route, Routes.Year(n))) : null,
                Comparison = year.Any(r => r.Tables.Length > 0) ? new Link($"{year.Key} 年度各机关主要指标比较", links.Href(route, Routes.YearComparison(year.Key))) : null,
            })
            {
                // The year's reports as lists show them: places, two headline figures and the identity-error mark.
                Tags = [Depends.Cells(year.Key)],
            });
        }

        jobs.Add(new PageJob(Routes.Agencies, () => new AgencyIndexPage
        {
            Route = Routes.Agencies,
            Heading = "机关名录",
            DocumentTitle = "机关名录",
            Site = site,
            Breadcrumbs = [new("首页", links.Href(Routes.Agencies, Routes.Home))],
            ByRegion = [.. RegionGroups(byAgency.Select(a => a.OrderBy(r => r.Year).Last()), r => Summary(r, Routes.Agencies))],
        })
        {
            // Each agency's newest report as a list shows it: its place, two headline figures and whether its numbers
            // break an identity, all of which only its cells can change in an edit in place.
            Tags = [.. byAgency.Select(a => Depends.ReportCells(a.MaxBy(r => r.Year)!))],
        });
        jobs.Add(new PageJob(Routes.Home, () => new HomePage
        {
            Route = Routes.Home,
            Heading = site.Title,
            DocumentTitle = site.Title,
            Description = "政府信息公开工作年度报告全文、统计表与数据下载。",
            Site = site,
            ReportCount = reports.Count,
            AgencyCount = byAgency.Count,
            Years = [.. byYear.Select(y => new CountedLink(new Link($"{y.Key} 年度", links.Href(Routes.Home, Routes.Year(y.Key))), y.Count()))],
            Regions = [.. HomeRegions(reports, links)],
            Latest = [.. byYear.Take(1).SelectMany(ByRegion).Take(HomeLatest).Select(r => Summary(r, Routes.Home))],
            ArchiveLinks =
            [
                new("机关比较（任选二至四个机关）", links.Href(Routes.Home, Routes.Compare)),
                .. ComparisonPlanner.Years(reports).Select(y => new Link($"{y} 年度各机关主要指标", links.Href(Routes.Home, Routes.YearComparison(y)))),
                .. RegionPlanner.Regions(reports).Where(r => r.Length == 1).Select(r => new Link($"{r[0]}汇总", links.Href(Routes.Home, Routes.Region(r)))),
                new("指标说明", links.Href(Routes.Home, Routes.MetricGuide)),
                new("数据下载", links.Href(Routes.Home, Routes.Data)),
            ],
        })
        {
            // Counts and links of the archive, and the newest year's reports as lists show them (see the agency index).
            Tags = [.. byYear.Take(1).Select(y => Depends.Cells(y.Key))],
        });
        jobs.Add(new PageJob(Routes.Search, () => new SearchPage
        {
            Route = Routes.Search,
            Heading = "搜索报告",
            DocumentTitle = "搜索报告",
            Site = site,
            Breadcrumbs = [new("首页", links.Href(Routes.Search, Routes.Home))],
            Facets = [.. SearchFacets.All.Select(f => new SearchFacet(f.Name, f.Label, f.FreeText ? [] : SearchFacets.Values(f, searchDocuments), f.FreeText))],
            IndexHref = links.RootPrefix(Routes.Search) + ShardedIndexWriter.Folder,
            LinkPrefix = links.RootPrefix(Routes.Search),
            LinkSuffix = links.FolderSuffix,
            BrowseLinks =
            [
                new("按年度和地区浏览（首页）", links.Href(Routes.Search, Routes.Home)),
                new("机关名录", links.Href(Routes.Search, Routes.Agencies)),
                .. byYear.Select(y => new Link($"{y.Key} 年度报告", links.Href(Routes.Search, Routes.Year(y.Key)))),
            ],
        })
        { Tags = [Depends.Places] });
        var example = reports.OrderByDescending(r => r.Year).ThenBy(r => r.Agency.Id, StringComparer.Ordinal).FirstOrDefault(r => r.Tables.Length > 0);
        jobs.Add(new PageJob(Routes.Accessibility, () => new AccessibilityPage
        {
            Route = Routes.Accessibility,
            Heading = "无障碍声明",
            DocumentTitle = "无障碍声明",
            Description = "本站遵循的无障碍标准、测试方法、已知局限和反馈方式。",
            Site = site,
            Breadcrumbs = [new("首页", links.Href(Routes.Accessibility, Routes.Home))],
            Example = example is null ? null : ReportViewLinks.For(example, Routes.Accessibility, links),
        })
        {
            // The example's links depend on whether it has tables, which is part of its place (ChangeScope).
            Tags = [Depends.Places],
        });
        OpenDataPlanner.Add(reports, site, jobs, files, forEdits);
        ComparisonPlanner.Add(reports, site, jobs);
        ComparePlanner.Add(reports, site, jobs, files, forEdits);
        jobs.Add(new PageJob(Routes.NotFound, () => new NotFoundPage
        {
            Route = Routes.NotFound,
            Heading = "找不到该页面",
            DocumentTitle = "找不到该页面",
            Site = site,
        })
        { Tags = [Depends.Places] });
        kept?.PlanDone();
        return new SitePlan(jobs) { Files = files };
    }

    /// <summary>
    /// A report's own jobs, made from nothing but what the parameters hold (<see cref="ReportJobs"/> relies on it): its
    /// page, and its barrier-free views (barrier-free.md): the 大字版 always; the 逐项文字版, the 分表版 and the data
    /// files when the report has tables (reports before 2019 are narrative only). A report's page and 大字版 show its
    /// neighbours' years and the warnings that compare it with them.
    /// </summary>
    private static void AddReport(Report report, Diagnostic[] diagnostics, SiteInfo site, Report? previous, Report? next, List<PageJob> jobs, List<FileJob> files)
    {
        var (id, year) = (report.Agency.Id, report.Year);
        IReadOnlyList<string> own = [Depends.Report(report)];
        // The page's notices are its diagnostics, and the cross-year ones (X-CARRY, X-STOCK, COPY) compare it with the
        // year before: an edit of that report can change them. Its neighbours' years and links are places, which an
        // edit in place keeps.
        IReadOnlyList<string> withNotices = previous is null ? own : [Depends.Report(report), Depends.Report(previous)];
        jobs.Add(new PageJob(Routes.Report(id, year), () => ReportPagePlanner.Build(report, diagnostics, site, previous, next)) { Tags = withNotices });
        jobs.Add(new PageJob(Routes.ReportLargeType(id, year), () => ReportPagePlanner.Build(report, diagnostics, site, previous, next, largeType: true)) { Tags = withNotices });
        // Only which tables exist is kept: the lines are made again when each file is written, so a plan of 10,000
        // reports holds none of them.
        var tables = CellLines.TablesOf(report).Select(t => t.Id).ToList();
        if (tables.Count == 0)
        {
            return;
        }

        jobs.Add(new PageJob(Routes.ReportText(id, year), () => TextViewPlanner.Build(report, site)) { Tags = own });
        jobs.Add(new PageJob(Routes.ReportSplitTables(id, year), () => SplitTablesPlanner.Build(report, site)) { Tags = own });
        foreach (var table in tables)
        {
            files.Add(new FileJob(Routes.ReportCsv(id, year, table), () => ReportCsvWriter.Write(CellLines.Of(report, table)!)) { Tags = own });
        }

        files.Add(new FileJob(Routes.ReportJson(id, year), () => ReportJsonWriter.Write(report, CellLines.For(report))) { Tags = own });
    }

    /// <summary>How many of the newest year's reports the home page shows.</summary>
    private const int HomeLatest = 12;

    /// <summary>Every province and city with its report count, linked to its summary page where it has one.</summary>
    private static IEnumerable<CountedLink> HomeRegions(IReadOnlyList<Report> reports, LinkResolver links)
    {
        var summarised = RegionPlanner.Regions(reports).Select(r => string.Join(" ", r)).ToHashSet(StringComparer.Ordinal);
        return reports.GroupBy(r => string.Join(" ", r.Agency.Region.Take(2)))
            .OrderBy(g => g.Key, ChineseOrder.Instance)
            .Select(g => new CountedLink(
                new Link(g.Key, links.Href(Routes.Home, summarised.Contains(g.Key) ? Routes.Region(g.First().Agency.Region.Take(2).ToArray()) : Routes.Agencies)),
                g.Count()));
    }

    private static IEnumerable<Report> ByRegion(IEnumerable<Report> reports) =>
        reports.OrderBy(r => string.Join(" ", r.Agency.Region), ChineseOrder.Instance).ThenBy(r => r.Agency.Id, StringComparer.Ordinal);

    /// <summary>Reports grouped by province and city ("河南省 周口市"), regions in a stable order.</summary>
    private static IEnumerable<RegionGroup> RegionGroups(IEnumerable<Report> reports, Func<Report, ReportSummary> summary) =>
        reports.GroupBy(r => string.Join(" ", r.Agency.Region.Take(2)))
            .OrderBy(g => g.Key, ChineseOrder.Instance)
            .Select(g => new RegionGroup(g.Key, [.. g.OrderByDescending(r => r.Year).ThenBy(r => r.Agency.Id, StringComparer.Ordinal).Select(summary)]));
}
