using SiteGen.Core.Site;

namespace SiteGen.Tests.Build;

/// <summary>
/// An edit under serve is built in place only when the plan's routes digest is the last build's
/// (<see cref="SitePlan.RoutesDigest"/>): equal for the same routes in the same order, different when one comes, goes
/// or moves, however the routes fall across the digest's buffer.
/// </summary>
public sealed class RoutesDigestTests
{
    private static SitePlan Plan(IEnumerable<string> pages, params string[] files) =>
        new([.. pages.Select(r => new PageJob(r, () => throw new InvalidOperationException()))])
        {
            Files = [.. files.Select(r => new FileJob(r, () => []))],
        };

    [Fact]
    public void The_digest_follows_the_routes_and_nothing_else()
    {
        // 20,000 routes fill the digest's buffer many times over; one route is longer than the buffer.
        var pages = Enumerable.Range(0, 20_000).Select(i => $"reports/agency-{i}/2024/").Append(new string('长', 40_000) + "/").ToList();
        var digest = Plan(pages, "data/reports.csv").RoutesDigest();

        Assert.Equal(digest, Plan([.. pages], "data/reports.csv").RoutesDigest());
        Assert.NotEqual(digest, Plan(pages, "data/reports.csv", "data/reports.json").RoutesDigest());
        Assert.NotEqual(digest, Plan(pages.Where((_, i) => i != 12_345), "data/reports.csv").RoutesDigest());
        Assert.NotEqual(digest, Plan(pages.Select(r => r == "reports/agency-7/2024/" ? "reports/agency-7/2025/" : r), "data/reports.csv").RoutesDigest());
        // The same characters split otherwise between two routes are other routes.
        Assert.NotEqual(Plan(["ab", "c"]).RoutesDigest(), Plan(["a", "bc"]).RoutesDigest());
    }
}
