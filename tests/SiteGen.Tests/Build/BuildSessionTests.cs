using SiteGen.Core;
using SiteGen.Core.Output;
using SiteGen.Tests.Support;
using SiteGen.Themes.Default;

namespace SiteGen.Tests.Build;

/// <summary>
/// Issue 8: under <c>sitegen serve</c> a session renders after an edit only the pages that show the edited report.
/// Whatever it skips, the site it leaves must be byte for byte the site a fresh build makes of the same content.
/// </summary>
public sealed class BuildSessionTests
{
    private const string Zhoukou = "content/henan/zhoukou-zjj-2024.md";

    [Fact]
    public void An_edited_number_renders_few_pages_and_gives_the_fresh_build_site()
    {
        using var site = TestSite.FromRepositoryContent();
        var session = Session(site);
        var first = session.Build();
        Edit(site, Zhoukou, "penalties: 85", "penalties: 86");

        var second = session.Build();

        Assert.True(second.Written);
        Assert.InRange(second.PagesRendered, 4, first.Pages / 2);

        // Penalties are one metric's figures: its 2024 ranking and the year's comparison are made again, no other
        // metric's ranking.
        Assert.Contains("metrics/penalties/2024/", second.Rendered);
        Assert.Contains("compare/2024/", second.Rendered);
        Assert.DoesNotContain(second.Rendered, r => Ranking(r) && r != "metrics/penalties/2024/");
        AssertSameAsFreshBuild(site);
    }

    [Fact]
    public void An_edited_count_of_applications_gives_the_fresh_build_site()
    {
        using var site = TestSite.FromRepositoryContent();
        var session = Session(site);
        session.Build();
        Edit(site, Zhoukou, "received:          [178, 0, 0, 0, 0, 0, 178]", "received:          [179, 0, 0, 0, 0, 0, 179]");

        var second = session.Build();

        Assert.True(second.Written);
        Assert.Contains(second.Rendered, r => Ranking(r) && r.EndsWith("/2024/", StringComparison.Ordinal));
        Assert.DoesNotContain(second.Rendered, r => Ranking(r) && !r.EndsWith("/2024/", StringComparison.Ordinal));
        AssertSameAsFreshBuild(site);
    }

    /// <summary>
    /// compare/data.json is made again only when a figure moves, from each report's year as the session kept it
    /// encoded, but the edited report's: what it shows must still be what a fresh build shows.
    /// </summary>
    [Fact]
    public void An_edit_that_moves_a_main_figure_updates_the_compare_data_as_a_fresh_build_does()
    {
        using var site = TestSite.FromRepositoryContent();
        var session = Session(site);
        session.Build();
        var data = Path.Combine(site.Output, "compare", "data.json");
        var before = File.ReadAllText(data);

        // 实质公开率 of 2024: (32 + 51) / 178 becomes (40 + 51) / 178.
        Edit(site, Zhoukou, "granted:           [32, 0, 0, 0, 0, 0, 32]", "granted:           [40, 0, 0, 0, 0, 0, 40]");
        Assert.True(session.Build().Written);

        Assert.NotEqual(before, File.ReadAllText(data));
        AssertSameAsFreshBuild(site);

        // Text moves no figure: the data file stays, and is still what a fresh build makes.
        var text = File.ReadAllText(Path.Combine(site.Root, Zhoukou));
        File.WriteAllText(Path.Combine(site.Root, Zhoukou), text + "\n新增一段不含数字的文字。\n");
        var written = File.GetLastWriteTimeUtc(data);
        Assert.True(session.Build().Written);
        Assert.Equal(written, File.GetLastWriteTimeUtc(data));
        AssertSameAsFreshBuild(site);
    }

    /// <summary>
    /// A report without tables has no 分表版 and no 逐项文字版: an edit that leaves out every table removes two pages
    /// from the site (and from its sitemap, which an edit in place keeps), and the 无障碍声明, which links the newest
    /// report's views, no longer links them. So it is not an edit in place, though no title, name or year moved.
    /// </summary>
    [Fact]
    public void An_edit_that_leaves_out_every_table_gives_the_fresh_build_site()
    {
        using var site = TestSite.FromRepositoryContent();
        var session = Session(site);
        session.Build();
        const string split = "pingdingshan-yexian-zjj/2025/tables/";
        var statement = Path.Combine(site.Output, "accessibility", "index.html");
        Assert.Contains(split, File.ReadAllText(statement), StringComparison.Ordinal);
        var path = Path.Combine(site.Root, "content/henan/pingdingshan-yexian-zjj-2025.md");
        var text = File.ReadAllText(path);
        var tables = text.IndexOf("\ndisclosure:", StringComparison.Ordinal);
        var end = text.IndexOf("\n---", tables, StringComparison.Ordinal);
        Assert.True(tables > 0 && end > tables);
        File.WriteAllText(path, text[..tables] + text[end..]);

        var second = session.Build();

        Assert.True(second.Written);
        Assert.Contains("accessibility/", second.Rendered);
        Assert.DoesNotContain(split, File.ReadAllText(statement), StringComparison.Ordinal);
        AssertSameAsFreshBuild(site);
    }

    /// <summary>
    /// An edit in place starts from the last build's table of files and changes only what it makes or removes. Which
    /// table CSVs a report has depends on its rows: leaving out 表四's rows removes table-4.csv, though the report keeps
    /// its place; the build must notice the plan's routes changed and drop the file, as a fresh build has none.
    /// </summary>
    [Fact]
    public void An_edit_that_leaves_out_one_table_removes_its_csv()
    {
        using var site = TestSite.FromRepositoryContent();
        var session = Session(site);
        session.Build();
        var csv = Path.Combine(site.Output, "reports", "zhoukou-zjj", "2024", "zhoukou-zjj-2024-table-4.csv");
        Assert.True(File.Exists(csv));
        var path = Path.Combine(site.Root, Zhoukou);
        var text = File.ReadAllText(path);
        var appeals = text.IndexOf("\nappeals:", StringComparison.Ordinal);
        var end = text.IndexOf("\n---", appeals, StringComparison.Ordinal);
        Assert.True(appeals > 0 && end > appeals);
        File.WriteAllText(path, text[..appeals] + text[end..]);

        Assert.True(session.Build().Written);

        Assert.False(File.Exists(csv));
        AssertSameAsFreshBuild(site);
    }

    [Fact]
    public void A_rebuild_with_nothing_changed_renders_and_writes_nothing()
    {
        using var site = TestSite.FromRepositoryContent();
        var session = Session(site);
        session.Build();

        var second = session.Build();

        Assert.True(second.Written);
        Assert.Equal(0, second.PagesRendered);
        Assert.Equal(0, second.Changes.Written);
        AssertSameAsFreshBuild(site);
    }

    [Fact]
    public void An_edited_paragraph_gives_the_fresh_build_site()
    {
        using var site = TestSite.FromRepositoryContent();
        var session = Session(site);
        session.Build();
        var text = File.ReadAllText(Path.Combine(site.Root, Zhoukou));
        File.WriteAllText(Path.Combine(site.Root, Zhoukou), text + "\n本段为测试新增的一段文字，含有独特词语青花瓷器。\n");

        var second = session.Build();

        Assert.True(second.Changes.Written > 0);
        Assert.Contains("青花瓷器", File.ReadAllText(Path.Combine(site.Output, "reports", "zhoukou-zjj", "2024", "index.html")));

        // Text moves no figure: the rankings and the year's comparison stay as they are. Nor does it move what lists
        // and links show of a report, so the pages made of that alone stay too.
        Assert.Contains("reports/zhoukou-zjj/2024/", second.Rendered);
        Assert.DoesNotContain(second.Rendered, r => Ranking(r) || r.StartsWith("compare/2", StringComparison.Ordinal));
        Assert.Empty(second.Rendered.Intersect(["search/", "data/", "compare/", "metrics/", "404.html"]));
        AssertSameAsFreshBuild(site);
    }

    /// <summary>
    /// The pages that list or sum the archive's reports show what only numbers change (two headline figures, the
    /// identity-error mark, metric counts), and reports.csv and reports.json hold the front matter but the body: an
    /// edit of the text leaves them all as they are, a source link edited makes the two data files again, and an edit
    /// that breaks an identity makes the lists and sums again, with the mark.
    /// </summary>
    [Fact]
    public void Lists_sums_and_rows_are_made_again_for_what_they_show_and_not_for_text()
    {
        using var site = TestSite.FromRepositoryContent();
        var session = Session(site);
        session.Build();
        string[] listsAndSums = ["agencies/", "years/2024/", "regions/河南省/", "regions/河南省/周口市/"];
        Assert.All(listsAndSums, route => Assert.True(File.Exists(Path.Combine(site.Output, route, "index.html")), route));
        const string home = "";
        var text = File.ReadAllText(Path.Combine(site.Root, Zhoukou));
        File.WriteAllText(Path.Combine(site.Root, Zhoukou), text + "\n本段为测试新增的一段文字。\n");

        var textEdit = session.Build();

        Assert.Empty(textEdit.Rendered.Intersect([.. listsAndSums, home]));
        AssertSameAsFreshBuild(site);

        Edit(site, Zhoukou, "format: 2021\n", "format: 2021\nsource: https://www.zhoukou.gov.cn/example.html\n");
        Assert.True(session.Build().Written);
        Assert.Contains("www.zhoukou.gov.cn/example.html", File.ReadAllText(Path.Combine(site.Output, "data", "reports.json")));
        AssertSameAsFreshBuild(site);

        // 179 received and none carried over, but 178 processed and carried forward: 表三's identity fails.
        Edit(site, Zhoukou, "received:          [178, 0, 0, 0, 0, 0, 178]", "received:          [179, 0, 0, 0, 0, 0, 179]");
        var numberEdit = session.Build();

        Assert.Contains(numberEdit.Diagnostics, d => d.IsError && d.File.EndsWith("zhoukou-zjj-2024.md", StringComparison.Ordinal));
        Assert.All(listsAndSums, route => Assert.Contains(route, numberEdit.Rendered));
        Assert.DoesNotContain(home, numberEdit.Rendered); // it lists the newest year's reports, 2025's
        AssertSameAsFreshBuild(site);
    }

    /// <summary>
    /// The agency index shows each agency's newest report: a number edited in an older report leaves it as it is, one
    /// edited in the newest makes it again.
    /// </summary>
    [Fact]
    public void The_agency_index_is_made_again_for_an_agencys_newest_report_only()
    {
        using var site = TestSite.FromRepositoryContent();
        const string older = "content/henan/zhoukou-zjj-2023.md";
        site.WriteFile(older, SampleReport.Text(id: "zhoukou-zjj", year: 2023));
        var session = Session(site);
        session.Build();

        Edit(site, older, "penalties: 85", "penalties: 86");
        var olderEdit = session.Build();

        Assert.Contains("years/2023/", olderEdit.Rendered);
        Assert.DoesNotContain("agencies/", olderEdit.Rendered);
        AssertSameAsFreshBuild(site);

        Edit(site, Zhoukou, "received:          [178, 0, 0, 0, 0, 0, 178]", "received:          [179, 0, 0, 0, 0, 0, 179]");
        var newestEdit = session.Build();

        Assert.Contains("agencies/", newestEdit.Rendered);
        AssertSameAsFreshBuild(site);
    }

    /// <summary>The plan after an edit takes each report's own jobs as they were but the edited report's and its
    /// neighbouring years' (ReportJobsTests changes each input on its own).</summary>
    [Fact]
    public void The_plan_after_an_edit_makes_again_only_the_edited_reports_own_jobs_and_its_neighbours()
    {
        using var site = TestSite.FromRepositoryContent();
        site.WriteFile("content/henan/zhoukou-zjj-2023.md", SampleReport.Text(id: "zhoukou-zjj", year: 2023));
        var session = Session(site);
        session.Build();
        Assert.Equal((0, 6), session.LastPlanReports);
        session.Build();
        Assert.Equal((6, 0), session.LastPlanReports);

        Edit(site, Zhoukou, "penalties: 85", "penalties: 86");
        var edit = session.Build();

        Assert.True(edit.Written);
        Assert.Equal((4, 2), session.LastPlanReports);
        Assert.Contains("reports/zhoukou-zjj/2024/", edit.Rendered);
        AssertSameAsFreshBuild(site);
    }

    /// <summary>
    /// A report's page shows its own notices, and the cross-year ones compare it with the year before: an edit makes
    /// again the edited report's pages and the next year's, not the agency's other years.
    /// </summary>
    [Fact]
    public void An_edit_makes_again_the_report_pages_whose_notices_it_can_change_and_no_other_year()
    {
        using var site = TestSite.FromRepositoryContent();
        site.WriteFile("content/henan/zhoukou-zjj-2022.md", SampleReport.Text(id: "zhoukou-zjj", year: 2022));
        site.WriteFile("content/henan/zhoukou-zjj-2023.md", SampleReport.Text(id: "zhoukou-zjj", year: 2023));
        var session = Session(site);
        session.Build();

        // 2023 carries two applications forward, and 2024 carried none over: 2024's X-CARRY notice appears.
        Edit(site, "content/henan/zhoukou-zjj-2023.md", "carried_forward: [0, 0, 0, 0, 0, 0, 0]", "carried_forward: [2, 0, 0, 0, 0, 0, 2]");
        var edit = session.Build();

        Assert.True(edit.Written);
        Assert.Contains("reports/zhoukou-zjj/2023/", edit.Rendered);
        Assert.Contains("reports/zhoukou-zjj/2024/", edit.Rendered);
        Assert.Contains("reports/zhoukou-zjj/2024/large/", edit.Rendered);
        Assert.DoesNotContain("reports/zhoukou-zjj/2022/", edit.Rendered);
        Assert.Contains("X-CARRY", site.ReadOutput("reports/zhoukou-zjj/2024/index.html"));
        AssertSameAsFreshBuild(site);
    }

    [Fact]
    public void Added_removed_and_renamed_reports_give_the_fresh_build_site()
    {
        using var site = TestSite.FromRepositoryContent();
        var session = Session(site);
        session.Build();

        File.Delete(Path.Combine(site.Root, "content/henan/xinxiang-zjj-2021.md"));
        session.Build();
        AssertSameAsFreshBuild(site);

        Edit(site, Zhoukou, "year: 2024", "year: 2023");
        session.Build();
        AssertSameAsFreshBuild(site);

        site.WriteFile("content/henan/zhoukou-zjj-2024.md", SampleReport.Text(id: "zhoukou-zjj", year: 2024));
        session.Build();
        AssertSameAsFreshBuild(site);
    }

    [Fact]
    public void A_broken_save_stops_the_build_and_the_fixed_save_continues_the_session()
    {
        using var site = TestSite.FromRepositoryContent();
        var session = Session(site);
        session.Build();
        var good = File.ReadAllText(Path.Combine(site.Root, Zhoukou));

        Edit(site, Zhoukou, "penalties: 85", "penalties: [85");
        Assert.False(session.Build().Written);

        File.WriteAllText(Path.Combine(site.Root, Zhoukou), good.Replace("penalties: 85", "penalties: 87"));
        Assert.True(session.Build().Written);
        AssertSameAsFreshBuild(site);
    }

    /// <summary>A metric's ranking in one year (metrics/ID/YEAR/), not the metrics' guide.</summary>
    private static bool Ranking(string route) => route.StartsWith("metrics/", StringComparison.Ordinal) && route.Count(c => c == '/') == 3;

    private static BuildSession Session(TestSite site) =>
        new(new DefaultTheme(), new BuildOptions { ContentDir = site.Content, OutputDir = site.Output, Workers = 2 }, serving: true);

    private static void Edit(TestSite site, string file, string from, string to)
    {
        var path = Path.Combine(site.Root, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }

    /// <summary>Builds the same content afresh into a second folder and compares every file, manifest included.</summary>
    private static void AssertSameAsFreshBuild(TestSite site)
    {
        var fresh = Path.Combine(site.Root, "fresh");
        if (Directory.Exists(fresh))
        {
            Directory.Delete(fresh, recursive: true);
        }

        Assert.True(new SiteBuilder(new DefaultTheme()).Build(new BuildOptions { ContentDir = site.Content, OutputDir = fresh, Workers = 1 }).Written);
        var expected = Files(fresh);
        var actual = Files(site.Output);
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        // The manifest last: it differs whenever a page does, and the page's name says more.
        foreach (var (path, bytes) in expected.OrderBy(f => f.Key == OutputFolder.Marker))
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{path} differs from a fresh build");
        }
    }

    private static Dictionary<string, byte[]> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes);
}
