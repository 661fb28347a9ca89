using SiteGen.Core.Content;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Reports;
using SiteGen.Core.Search;
using SiteGen.Core.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>
/// Under serve each report's own jobs are kept between plans (<see cref="ReportJobs"/>). A job kept when something it
/// is made from changed would publish a stale page, so each thing it is made from is changed here on its own.
/// </summary>
public sealed class ReportJobsTests
{
    private static readonly SiteInfo Site = new("测试", "", new LinkResolver("/", LinkStyle.Directory));

    [Fact]
    public void A_reports_jobs_are_kept_until_its_file_neighbours_diagnostics_or_site_change()
    {
        using var site = TestSite.Create("");
        site.WriteFile("content/a-2023.md", SampleReport.Text(id: "a", year: 2023));
        site.WriteFile("content/a-2024.md", SampleReport.Text(id: "a", year: 2024));
        site.WriteFile("content/b-2024.md", SampleReport.Text(id: "b", year: 2024));
        var cache = new ContentCache();
        var reports = ContentLoader.Load(site.Content, cache).Reports;
        var kept = new ReportJobs();

        var first = Plan(reports, [], Site, kept);
        Assert.Equal((0, 3), kept.LastPlan);
        var again = Plan(reports, [], Site, kept);
        Assert.Equal((3, 0), kept.LastPlan);
        Assert.Equal(first.Pages.Select(p => p.Route), again.Pages.Select(p => p.Route));
        Assert.Equal(first.Files.Select(f => f.Route), again.Files.Select(f => f.Route));
        var page = Routes.Report("b", 2024);
        Assert.Same(first.Pages.Single(p => p.Route == page), again.Pages.Single(p => p.Route == page));

        // A warning of one report: its jobs are made again, and only its.
        var a2024 = reports.Single(r => r.Agency.Id == "a" && r.Year == 2024);
        Diagnostic[] warning = [new(Severity.Warning, "X-CARRY", a2024.SourcePath, 3, 1, "上年结转与上年末结转不一致")];
        Plan(reports, warning, Site, kept);
        Assert.Equal((2, 1), kept.LastPlan);
        Plan(reports, warning, Site, kept);
        Assert.Equal((3, 0), kept.LastPlan);

        // Another site (another base path): every report's jobs.
        Plan(reports, warning, Site with { Links = new LinkResolver("/sub/", LinkStyle.Directory) }, kept);
        Assert.Equal((0, 3), kept.LastPlan);
        Plan(reports, warning, Site, kept);

        // The 2023 report edited: made again, and 2024's, whose previous year it is; b's kept.
        site.WriteFile("content/a-2023.md", SampleReport.Text(id: "a", year: 2023, received: "[10, 2, 0, 0, 0, 0, 12]"));
        var edited = ContentLoader.Load(site.Content, cache).Reports;
        Assert.Same(a2024, edited.Single(r => r.Agency.Id == "a" && r.Year == 2024));
        Plan(edited, warning, Site, kept);
        Assert.Equal((1, 2), kept.LastPlan);

        // A report left out of a plan is forgotten: its jobs are made when it comes back.
        Plan([.. edited.Where(r => r.Agency.Id == "a")], warning, Site, kept);
        Assert.Equal((2, 0), kept.LastPlan);
        Plan(edited, warning, Site, kept);
        Assert.Equal((2, 1), kept.LastPlan);
    }

    private static SitePlan Plan(IReadOnlyList<Report> reports, IReadOnlyList<Diagnostic> diagnostics, SiteInfo site, ReportJobs kept) =>
        SitePlanner.Plan(reports, diagnostics, site, [.. reports.Select(SearchDocumentBuilder.Facts)], forEdits: true, kept);
}
