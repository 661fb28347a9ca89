using System.Security.Cryptography;
using System.Xml.Linq;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>The output folder: changed only by a whole successful build, byte-identical for identical input, never replacing a folder SiteGen did not make.</summary>
public sealed class OutputTests
{
    [Fact]
    public void Two_builds_of_the_same_input_are_byte_identical()
    {
        using var site = TestSite.FromRepositoryContent();
        Assert.True(site.Build().Written);
        var first = Snapshot(site.Output);
        Assert.True(site.Build(o => o with { Workers = 1 }).Written);

        Assert.Equal(first, Snapshot(site.Output));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_site_untouched()
    {
        using var site = TestSite.FromRepositoryContent();
        Assert.True(site.Build().Written);
        var before = Snapshot(site.Output);
        site.WriteFile("content/henan/zhoukou-zjj-2024.md", File.ReadAllText(Path.Combine(site.Content, "henan", "zhoukou-zjj-2024.md")).Replace("penalties: 85", "penalties: [85"));

        Assert.False(site.Build().Written);

        Assert.Equal(before, Snapshot(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output*"));
    }

    [Fact]
    public void A_folder_that_sitegen_did_not_write_is_never_replaced()
    {
        using var site = TestSite.FromRepositoryContent();
        site.WriteFile("output/precious.txt", "not ours");

        var result = site.Build();

        Assert.False(result.Written);
        Assert.Contains("不是 SiteGen 写入的", result.Failure);
        Assert.Equal("not ours", site.ReadOutput("precious.txt"));
    }

    [Fact]
    public void The_site_has_a_404_page_sitemap_feed_and_robots()
    {
        using var site = TestSite.FromRepositoryContent();
        Assert.True(site.Build(o => o with { BaseUrl = "https://www.example.gov.cn", BasePath = "/nianbao/" }).Written);

        Assert.True(site.OutputExists("404.html"));
        var sitemap = XDocument.Parse(site.ReadOutput("sitemap.xml"));
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = sitemap.Descendants(sm + "loc").Select(e => e.Value).ToList();
        Assert.Contains("https://www.example.gov.cn/nianbao/reports/zhoukou-zjj/2024/", urls);
        Assert.Contains("https://www.example.gov.cn/nianbao/", urls);
        Assert.DoesNotContain(urls, u => u.EndsWith("404.html"));
        Assert.All(urls, u => Assert.True(site.OutputExists(u["https://www.example.gov.cn/nianbao/".Length..] + (u.EndsWith('/') ? "index.html" : "")), u));

        var feed = XDocument.Parse(site.ReadOutput("feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Descendants(atom + "entry").ToList();
        Assert.Equal(5, entries.Count);
        Assert.Equal("叶县住房和城乡建设局2025年政府信息公开工作年度报告", entries[0].Element(atom + "title")!.Value);
        Assert.Contains("Sitemap: https://www.example.gov.cn/nianbao/sitemap.xml", site.ReadOutput("robots.txt"));
    }

    private static Dictionary<string, string> Snapshot(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(dir, f),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));

    [Fact]
    public void The_accessibility_statement_names_the_contact_when_one_is_set()
    {
        using var site = TestSite.FromRepositoryContent();
        Assert.True(site.Build(o => o with { Contact = "wza@example.gov.cn" }).Written);

        Assert.Contains("<a href=\"mailto:wza@example.gov.cn\">wza@example.gov.cn</a>", site.ReadOutput("accessibility/index.html"));
    }
}
