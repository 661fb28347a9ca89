using System.Xml.Linq;
using SiteGen.Core.Output;
using SiteGen.Core.Site;

namespace SiteGen.Tests.Build;

/// <summary>The sitemap protocol allows 50,000 addresses a file; a larger archive gets an index of sitemap files.</summary>
public sealed class SitemapTests
{
    private static readonly XNamespace Sm = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static readonly SiteInfo Site = new("测试", "https://example.gov.cn", new LinkResolver("/nianbao/", LinkStyle.Directory));

    [Fact]
    public void Up_to_the_limit_one_file_lists_every_page()
    {
        var files = SitemapWriter.Write(Routes(3), Site, maxUrls: 3).ToList();

        var (route, content) = Assert.Single(files);
        Assert.Equal("sitemap.xml", route);
        Assert.Equal(3, XDocument.Parse(System.Text.Encoding.UTF8.GetString(content)).Descendants(Sm + "url").Count());
    }

    [Fact]
    public void Past_the_limit_sitemap_xml_is_an_index_of_files_that_hold_every_page_once()
    {
        var files = SitemapWriter.Write(Routes(7), Site, maxUrls: 3).ToDictionary(f => f.Route, f => XDocument.Parse(System.Text.Encoding.UTF8.GetString(f.Content)));

        Assert.Equal(["sitemap.xml", "sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml"], files.Keys);
        var index = files["sitemap.xml"].Root!;
        Assert.Equal(Sm + "sitemapindex", index.Name);
        Assert.Equal(["https://example.gov.cn/nianbao/sitemap-1.xml", "https://example.gov.cn/nianbao/sitemap-2.xml", "https://example.gov.cn/nianbao/sitemap-3.xml"],
            index.Descendants(Sm + "loc").Select(l => l.Value));
        var pages = files.Where(f => f.Key != "sitemap.xml").SelectMany(f => f.Value.Descendants(Sm + "loc")).Select(l => l.Value).ToList();
        Assert.Equal(7, pages.Distinct().Count());
        Assert.All(files.Where(f => f.Key != "sitemap.xml"), f => Assert.InRange(f.Value.Descendants(Sm + "url").Count(), 1, 3));
    }

    private static IEnumerable<string> Routes(int count) => Enumerable.Range(1, count).Select(i => $"reports/a-{i}/2024/");
}
