using SiteGen.Core.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>No page links to a missing page or asset, at the root, under a sub-path, and with file links.</summary>
public sealed class LinkTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/archive/reports/")]
    public void Every_link_of_the_seed_site_resolves(string basePath)
    {
        using var site = TestSite.FromRepositoryContent();
        Assert.True(site.Build(o => o with { BasePath = basePath }).Written);

        Assert.Empty(LinkChecker.Check(site.Output, basePath));
        Assert.Empty(LinkChecker.ThirdPartyRequests(site.Output));
        Assert.Contains($"href=\"{basePath}assets/site.css\"", site.ReadOutput("reports/zhoukou-zjj/2024/index.html"));
    }

    [Fact]
    public void File_links_work_without_index_mapping_and_from_disk()
    {
        using var site = TestSite.FromRepositoryContent();
        Assert.True(site.Build(o => o with { LinkStyle = LinkStyle.File, BasePath = "/ignored/" }).Written);

        // Resolved from any base, relative links must land on files: that is what object storage and file:// do.
        Assert.Empty(LinkChecker.Check(site.Output, "/any/where/"));
        var report = site.ReadOutput("reports/zhoukou-zjj/2024/index.html");
        Assert.Contains("href=\"../../../assets/site.css\"", report);
        Assert.Contains("href=\"../../../agencies/zhoukou-zjj/index.html\"", report);
        Assert.DoesNotContain("href=\"/", report);
    }

    [Fact]
    public void The_link_checker_finds_a_broken_link()
    {
        using var site = TestSite.FromRepositoryContent();
        Assert.True(site.Build().Written);
        File.Delete(Path.Combine(site.Output, "agencies", "zhoukou-zjj", "index.html"));
        var page = Path.Combine(site.Output, "index.html");
        File.WriteAllText(page, File.ReadAllText(page).Replace("href=\"#main\"", "href=\"#nowhere\""));

        var problems = LinkChecker.Check(site.Output, "/");

        Assert.Contains(problems, p => p.Contains("agencies/zhoukou-zjj/"));
        Assert.Contains(problems, p => p.Contains("#nowhere"));
    }
}
