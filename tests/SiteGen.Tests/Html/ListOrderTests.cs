using AngleSharp.Html.Parser;
using SiteGen.Core.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Html;

/// <summary>
/// Lists of Chinese names are in pinyin order, as readers look things up, not in Unicode code point order (which put
/// 信阳市 first and 洛阳市 last among the seeds' cities). The expected orders are written out by hand.
/// </summary>
public sealed class ListOrderTests(SeedSiteFixture site) : IClassFixture<SeedSiteFixture>
{
    private static readonly string[] SeedCities = ["河南省 洛阳市", "河南省 平顶山市", "河南省 新乡市", "河南省 信阳市", "河南省 周口市"];

    [Fact]
    public void Provinces_cities_and_levels_sort_by_pinyin()
    {
        string[] provinces = ["四川省", "浙江省", "湖南省", "安徽省", "重庆市", "河北省", "广东省", "山东省", "湖北省", "江苏省", "河南省"];
        Assert.Equal(["安徽省", "重庆市", "广东省", "河北省", "河南省", "湖北省", "湖南省", "江苏省", "山东省", "四川省", "浙江省"], provinces.Order(ChineseOrder.Instance));

        string[] levels = ["乡级", "县级", "市级", "省级"];
        Assert.Equal(["省级", "市级", "县级", "乡级"], levels.Order(ChineseOrder.Instance));
    }

    [Fact]
    public void Names_the_collation_holds_equal_still_have_one_order()
    {
        // é written as one character and as e with a combining accent: the same to the collation, not to ordinal order.
        var (composed, decomposed) = ("\u00e9", "e\u0301");
        Assert.NotEqual(0, ChineseOrder.Instance.Compare(composed, decomposed));
        Assert.Equal(-Math.Sign(ChineseOrder.Instance.Compare(composed, decomposed)), Math.Sign(ChineseOrder.Instance.Compare(decomposed, composed)));
    }

    /// <summary>
    /// Where .NET runs without ICU (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT, as some containers do) there is no zh
    /// collation: the site is built all the same, its lists in code point order.
    /// </summary>
    [Fact]
    public void Without_icu_the_site_builds_with_lists_in_code_point_order()
    {
        using var test = TestSite.FromRepositoryContent();

        var run = SitegenProcess.RunWith(test.Root, new Dictionary<string, string> { ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = "1" }, "build");

        Assert.True(run.ExitCode == 0, run.StandardOutput + run.StandardError);
        var headings = new HtmlParser().ParseDocument(test.ReadOutput("agencies/index.html")).QuerySelectorAll("main h2").Select(h => h.TextContent.Trim());
        Assert.Equal(SeedCities.Order(StringComparer.Ordinal), headings);
    }

    [Fact]
    public void The_agency_index_groups_cities_in_pinyin_order()
    {
        var headings = site.Page("agencies/index.html").QuerySelectorAll("main h2").Select(h => h.TextContent.Trim());

        Assert.Equal(SeedCities, headings);
    }

    /// <summary>A province's page lists its own agencies (those of no city) first, then its cities by pinyin.</summary>
    [Fact]
    public void A_provinces_page_lists_its_own_agencies_before_its_cities()
    {
        using var test = TestSite.Create("");
        test.WriteFile("content/a.md", SampleReport.Text(id: "zhoukou-zjj").Replace("region: [河南省, 测试市]", "region: [河南省, 周口市]"));
        test.WriteFile("content/b.md", SampleReport.Text(id: "henan-zjt", level: "省").Replace("region: [河南省, 测试市]", "region: [河南省]"));
        test.WriteFile("content/c.md", SampleReport.Text(id: "luoyang-zjj").Replace("region: [河南省, 测试市]", "region: [河南省, 洛阳市]"));
        Assert.True(test.Build().Written);

        var page = new HtmlParser().ParseDocument(test.ReadOutput("regions/河南省/index.html"));
        var rows = page.QuerySelectorAll("#region-parts tbody th a").Select(a => a.TextContent.Trim());

        Assert.Equal(["省级机关", "洛阳市", "周口市"], rows);
    }

    [Fact]
    public void The_search_pages_region_choices_are_in_pinyin_order()
    {
        var options = site.Page("search/index.html").QuerySelectorAll("select[name='region'] option").Select(o => o.TextContent.Trim()).Skip(1);

        Assert.Equal(SeedCities, options);
    }
}
