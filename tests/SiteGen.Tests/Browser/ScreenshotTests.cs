namespace SiteGen.Tests.Browser;

/// <summary>
/// Not a check: full-page pictures for a human to look at (tests/SiteGen.Tests/bin/screenshots/), since no automated
/// rule judges whether a 320 px report is pleasant to read. Never skipped, it only fails if the page cannot be shot.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Screenshots")]
public sealed class ScreenshotTests(BrowserFixture browser)
{
    public static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests", "SiteGen.Tests", "bin", "screenshots");

    [Theory]
    [InlineData(SitePages.Home, SitePages.Wide)]
    [InlineData(SitePages.Home, SitePages.Narrow)]
    [InlineData(SitePages.Report, SitePages.Wide)]
    [InlineData(SitePages.Report, SitePages.Narrow)]
    [InlineData(SitePages.SearchWithResults, SitePages.Wide)]
    [InlineData(SitePages.SearchWithResults, SitePages.Narrow)]
    [InlineData(SitePages.TextView, SitePages.Wide)]
    [InlineData(SitePages.TextView, SitePages.Narrow)]
    [InlineData(SitePages.SplitTables, SitePages.Wide)]
    [InlineData(SitePages.SplitTables, SitePages.Narrow)]
    [InlineData(SitePages.LargeType, SitePages.Wide)]
    [InlineData(SitePages.LargeType, SitePages.Narrow)]
    [InlineData(SitePages.ReportHighContrast, SitePages.Wide)]
    [InlineData(SitePages.ReportHighContrast, SitePages.Narrow)]
    [InlineData(SitePages.Accessibility, SitePages.Wide)]
    [InlineData(SitePages.Accessibility, SitePages.Narrow)]
    public async Task Writes_full_page_screenshot(string path, int width)
    {
        await using var tab = await browser.OpenAsync(path, width);
        Directory.CreateDirectory(Folder);
        var name = path.Split('?')[0].Replace("/#", "/").Trim('/').Replace('/', '-') is { Length: > 0 } slug ? slug : "home";
        var file = Path.Combine(Folder, $"{name}-{width}.png");

        await tab.Page.ScreenshotAsync(new() { Path = file, FullPage = true });

        Assert.True(new FileInfo(file).Length > 0, $"No screenshot was written to {file}.");
    }

    /// <summary>The statistical tables alone: on a full-page shot of a phone-width page they are too small to judge.</summary>
    [Theory]
    [InlineData("#section-2", SitePages.Narrow)]
    [InlineData("#section-3", SitePages.Narrow)]
    [InlineData("#section-4", SitePages.Narrow)]
    [InlineData("#section-3", SitePages.Wide)]
    public async Task Writes_table_section_screenshot(string section, int width)
    {
        await using var tab = await browser.OpenAsync(SitePages.Report, width);
        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, $"report-{section.TrimStart('#')}-{width}.png");

        await tab.Page.Locator(section).ScreenshotAsync(new() { Path = file });

        Assert.True(new FileInfo(file).Length > 0, $"No screenshot was written to {file}.");
    }

    /// <summary>The report in a Windows contrast theme and at 特大 (200 %) on a phone: the two views a test cannot judge.</summary>
    [Theory]
    [InlineData("forced-colors", SitePages.Wide)]
    [InlineData("text-200", SitePages.Narrow)]
    public async Task Writes_display_setting_screenshot(string setting, int width)
    {
        await using var tab = await browser.OpenAsync(SitePages.Report, width,
            initScript: setting == "text-200" ? "localStorage.setItem('sitegen.textScale', '200')" : null);
        if (setting == "forced-colors")
        {
            await tab.Page.EmulateMediaAsync(new() { ForcedColors = Microsoft.Playwright.ForcedColors.Active });
            await tab.Page.Locator(".report-views a").First.FocusAsync();
        }

        Directory.CreateDirectory(Folder);
        var file = Path.Combine(Folder, $"report-{setting}-{width}.png");

        await tab.Page.ScreenshotAsync(new() { Path = file, FullPage = setting != "text-200" });

        Assert.True(new FileInfo(file).Length > 0, $"No screenshot was written to {file}.");
    }
}
