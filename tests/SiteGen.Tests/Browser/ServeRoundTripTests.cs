using Microsoft.Playwright;
using SiteGen.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace SiteGen.Tests.Browser;

/// <summary>
/// The editor's round trip with <c>sitegen serve</c>: change a number and the open page reloads with it; break an
/// identity and the data-quality notice appears; break the YAML and the page shows the diagnostics; fix it and the
/// report is back. The server keeps running throughout.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ServeRoundTripTests(BrowserFixture browser)
{
    private static readonly LocatorAssertionsToContainTextOptions Soon = new() { Timeout = 60_000 };

    [Fact]
    public async Task An_edit_reloads_the_page_and_broken_yaml_shows_diagnostics_until_fixed()
    {
        using var site = TestSite.Create("");
        var file = Path.Combine(site.Content, "a.md");
        var original = SampleReport.Text();
        File.WriteAllText(file, original);
        using var server = await ServeProcess.StartAsync(site.Root, "--output", Path.Combine(site.Root, "preview"));

        var context = await browser.NewContextAsync();
        await using var _ = context;
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(new Uri(server.BaseUrl, "reports/test-zjj/2024/").ToString());
        Assert.Equal(200, response?.Status);
        await Expect(page.Locator("#section-2")).ToContainTextAsync("1117");
        Assert.Equal(0, await page.Locator(".notices").CountAsync());

        // A new number: the page reloads by itself.
        var edited = original.Replace("  licensing: 1117", "  licensing: 2468");
        File.WriteAllText(file, edited);
        await Expect(page.Locator("#section-2")).ToContainTextAsync("2468", Soon);

        // A number that breaks 第一项加第二项之和等于第三项加第四项之和: published, with the notice.
        File.WriteAllText(file, edited.Replace("received:          [10, 1, 0, 0, 0, 0, 11]", "received:          [12, 1, 0, 0, 0, 0, 13]"));
        await Expect(page.Locator(".notices")).ToContainTextAsync("数据质量提示", Soon);
        await Expect(page.Locator("#section-3")).ToContainTextAsync("13", Soon);

        // Broken YAML: the diagnostics, with file, line and column, instead of the report; the server stays up.
        File.WriteAllText(file, edited.Replace("  licensing: 2468", "  licensing: [2468"));
        await Expect(page.Locator("#diagnostics")).ToContainTextAsync("content/a.md(14,", Soon);
        await Expect(page.Locator("#diagnostics")).ToContainTextAsync("error YAML", Soon);

        // Fixed: the report again.
        File.WriteAllText(file, edited);
        await Expect(page.Locator("#section-2")).ToContainTextAsync("2468", Soon);
        Assert.Equal(0, await page.Locator("#diagnostics").CountAsync());
        Assert.Equal(0, await page.Locator(".notices").CountAsync());
        Assert.False(File.Exists(Path.Combine(site.Root, "output", "index.html")), "serve must not write output/\n" + server.Log);
    }

    /// <summary>
    /// A page made again within the same second, at the same length (1117 → 2468), has the same Last-Modified and the
    /// same ETag as before, both of which count whole seconds: a browser that revalidated its copy got 304 and kept the
    /// old page (a CI run saw it once serve's edits got faster). The preview must never be answered from the cache.
    /// </summary>
    [Fact]
    public async Task A_page_rewritten_within_the_second_at_the_same_length_is_not_taken_from_the_cache()
    {
        using var site = TestSite.Create("");
        site.WriteFile("content/a.md", SampleReport.Text());
        var preview = Path.Combine(site.Root, "preview");
        using var server = await ServeProcess.StartAsync(site.Root, "--output", preview);
        var context = await browser.NewContextAsync();
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseUrl, "reports/test-zjj/2024/").ToString());
        await Expect(page.Locator("#section-2")).ToContainTextAsync("1117");

        // What a rebuild within the same second writes: other bytes, the same length, the same second.
        var file = Path.Combine(preview, "reports", "test-zjj", "2024", "index.html");
        var written = File.GetLastWriteTimeUtc(file);
        File.WriteAllText(file, File.ReadAllText(file).Replace(">1117<", ">2468<", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(file, written);
        await page.ReloadAsync();

        await Expect(page.Locator("#section-2")).ToContainTextAsync("2468");
    }

    [Fact]
    public async Task An_edit_to_the_themes_stylesheet_shows_on_reload()
    {
        using var site = TestSite.Create("");
        site.WriteFile("content/a.md", SampleReport.Text());
        var assets = Path.Combine(site.Root, "themes", "Default", "assets");
        Directory.CreateDirectory(assets);
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "themes", "Default", "assets")))
        {
            File.Copy(file, Path.Combine(assets, Path.GetFileName(file)));
        }

        using var server = await ServeProcess.StartAsync(site.Root, "--output", Path.Combine(site.Root, "preview"));
        var context = await browser.NewContextAsync();
        await using var _ = context;
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(server.BaseUrl, "reports/test-zjj/2024/").ToString());
        var color = "() => getComputedStyle(document.querySelector('h1')).color";
        Assert.NotEqual("rgb(1, 2, 3)", await page.EvaluateAsync<string>(color));

        File.AppendAllText(Path.Combine(assets, "site.css"), "\nh1 { color: rgb(1, 2, 3); }\n");

        await page.WaitForFunctionAsync($"() => getComputedStyle(document.querySelector('h1')).color === 'rgb(1, 2, 3)'", null, new() { Timeout = 60_000 });
    }
}
