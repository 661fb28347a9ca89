using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Html;

/// <summary>What every generated page must have: zh-CN, one h1, a title, a skip link to main, landmarks, characters not entities.</summary>
public sealed class PageStructureTests : IClassFixture<SeedSiteFixture>
{
    private readonly SeedSiteFixture _site;

    public PageStructureTests(SeedSiteFixture site) => _site = site;

    [Fact]
    public void Every_page_is_zh_CN_with_one_h1_a_skip_link_and_landmarks()
    {
        var pages = _site.Pages().ToList();
        Assert.True(pages.Count >= 16, $"only {pages.Count} pages");
        foreach (var (path, document) in pages)
        {
            Assert.True(document.DocumentElement.GetAttribute("lang") == "zh-CN", path);
            Assert.True(document.QuerySelectorAll("h1").Length == 1, $"{path}: h1 count");
            Assert.False(string.IsNullOrWhiteSpace(document.Title), path);
            var skip = document.Body!.QuerySelector("a")!;
            Assert.Equal("#main", skip.GetAttribute("href"));
            Assert.NotNull(document.QuerySelector("main#main"));
            Assert.NotNull(document.QuerySelector("header"));
            Assert.NotNull(document.QuerySelector("footer"));
            Assert.Equal("width=device-width, initial-scale=1", document.QuerySelector("meta[name=viewport]")!.GetAttribute("content"));
        }
    }

    [Fact]
    public void Chinese_is_written_as_characters_not_entities()
    {
        foreach (var file in Directory.EnumerateFiles(_site.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotMatch(new Regex("&#x[0-9A-Fa-f]{4,5};"), html);
            Assert.Contains("政府信息公开", html);
        }
    }

    [Theory]
    [InlineData("reports/zhoukou-zjj/2024/index.html", "周口市住房和城乡建设局", "2024")]
    [InlineData("reports/pingdingshan-yexian-zjj/2025/index.html", "叶县住房和城乡建设局", "2025")]
    public void A_report_page_title_names_agency_and_year(string path, string agency, string year)
    {
        var title = _site.Page(path).Title!;
        Assert.Contains(agency, title);
        Assert.Contains(year, title);
    }

    [Fact]
    public void Report_sections_come_in_national_order_with_tables_where_they_stand()
    {
        var document = _site.Page("reports/zhoukou-zjj/2024/index.html");
        var sections = document.QuerySelectorAll("main section[id^=section-]").ToList();
        Assert.Equal(["section-1", "section-2", "section-3", "section-4", "section-5", "section-6"], sections.Select(s => s.Id));
        Assert.Equal(4, sections[1].QuerySelectorAll("table").Length);
        Assert.Equal("t3", sections[2].QuerySelector("table")!.Id);
        Assert.Equal("t4", sections[3].QuerySelector("table")!.Id);
        Assert.Empty(sections[0].QuerySelectorAll("table"));
        Assert.StartsWith("一、总体情况", sections[0].QuerySelector("h2")!.TextContent);
        Assert.Contains("（二）依申请公开情况", sections[0].QuerySelectorAll("h3").Select(h => h.TextContent));
    }

    [Fact]
    public void Heading_ids_are_unique_on_every_page()
    {
        foreach (var (path, document) in _site.Pages())
        {
            var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
            Assert.True(ids.Count == ids.Distinct().Count(), $"{path}: duplicate ids {string.Join(", ", ids.GroupBy(i => i).Where(g => g.Count() > 1).Select(g => g.Key))}");
            Assert.DoesNotContain("section", ids); // Markdig's default id for every Chinese heading
        }
    }

    [Fact]
    public void Every_table_has_a_caption_and_sits_in_a_labelled_focusable_region()
    {
        foreach (var (path, document) in _site.Pages())
        {
            foreach (var table in document.QuerySelectorAll("table"))
            {
                Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent), $"{path} #{table.Id}");
                var region = table.ParentElement!;
                Assert.Equal("region", region.GetAttribute("role"));
                Assert.Equal("0", region.GetAttribute("tabindex"));
                Assert.Equal(table.QuerySelector("caption")!.Id, region.GetAttribute("aria-labelledby"));
                // Numbers align right (num); the 数据下载 page's column descriptions are text.
                Assert.All(table.QuerySelectorAll("td"), td => Assert.True(td.ClassList.Contains("num") || td.ClassList.Contains("text"), $"{path}: a td is neither num nor text"));
            }
        }
    }

    [Fact]
    public void The_home_page_leads_to_years_newest_first_regions_and_the_newest_reports()
    {
        var home = _site.Page("index.html");
        var years = home.QuerySelectorAll("#by-year ~ ul li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["2025 年度 1 份报告", "2024 年度 3 份报告", "2021 年度 1 份报告"], years);
        var latest = home.QuerySelectorAll("#latest ~ ul a[href*='/reports/']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/reports/pingdingshan-yexian-zjj/2025/"], latest);
        var regions = home.QuerySelectorAll("#by-region ~ ul a").ToDictionary(a => a.TextContent.Trim(), a => a.GetAttribute("href"));
        Assert.Equal("/regions/河南省/周口市/", regions["河南省 周口市"]);
    }
}

/// <summary>The real seed site, built once for the tests that only read it.</summary>
public sealed class SeedSiteFixture : IDisposable
{
    private readonly TestSite _site = TestSite.FromRepositoryContent();
    private readonly HtmlParser _parser = new();

    public SeedSiteFixture()
    {
        var result = _site.Build(o => o with { LunrExport = true });
        if (!result.Written)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }
    }

    public string Output => _site.Output;

    public IDocument Page(string relative) => _parser.ParseDocument(_site.ReadOutput(relative));

    public bool Exists(string relative) => _site.OutputExists(relative);

    public byte[] Bytes(string relative) => File.ReadAllBytes(Path.Combine(Output, relative));

    public IEnumerable<(string Path, IDocument Document)> Pages() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(Output, f), (IDocument)_parser.ParseDocument(File.ReadAllText(f))));

    public void Dispose() => _site.Dispose();
}
