using Microsoft.Playwright;

namespace SiteGen.Tests.Browser;

/// <summary>
/// What stands above a page's heading on a narrow screen. At 320 px with the site's text at 200 % the header, the
/// display chooser and the breadcrumbs once filled 1,870 px, three phone screens, before the h1: a reader with large
/// text scrolled past the whole site's furniture on every page. The chooser folds behind its summary where the page is
/// narrow for its text, and opens again where it is wide.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class NarrowHeaderTests(BrowserFixture browser)
{
    /// <summary>A phone's screen at 320 CSS px (iPhone SE's first model: 320 × 568).</summary>
    private const int PhoneHeight = 568;

    private const string HeadingTop = "() => document.querySelector('h1').getBoundingClientRect().top + scrollY";

    [Theory]
    [InlineData("100", 0.6)]
    [InlineData("200", 1.4)]
    public async Task The_heading_is_near_the_top_at_320px(string scale, double screens)
    {
        foreach (var path in new[] { SitePages.Report, SitePages.Home, SitePages.Agency })
        {
            await using var tab = await browser.OpenAsync(path, SitePages.Narrow, PhoneHeight, $"localStorage.setItem('sitegen.textScale', '{scale}')");

            var top = await tab.Page.EvaluateAsync<double>(HeadingTop);

            Assert.True(top <= screens * PhoneHeight, $"{path}'s h1 starts {top:0} px down at 320 px and {scale} % text, more than {screens} screens of {PhoneHeight} px");
        }
    }

    [Fact]
    public async Task The_chooser_is_folded_when_narrow_opens_from_its_summary_and_is_open_when_wide()
    {
        await using var tab = await browser.OpenAsync(SitePages.Report, SitePages.Narrow, PhoneHeight, "localStorage.setItem('sitegen.textScale', '200')");
        var page = tab.Page;
        var chooser = page.Locator("#display-controls");
        var largest = page.Locator("#display-controls button[data-text-scale='200']");

        Assert.False(await largest.IsVisibleAsync(), "the text-size buttons show at 320 px before the reader asks for them");
        await page.Locator("#display-controls > summary").ClickAsync();
        Assert.True(await largest.IsVisibleAsync());
        Assert.Equal("true", await largest.GetAttributeAsync("aria-pressed"));

        // A smaller size makes the page wide for its text: the summary goes, and the chooser stays open.
        await page.SetViewportSizeAsync(SitePages.Wide, 800);
        await page.Locator("#display-controls button[data-text-scale='100']").ClickAsync();
        Assert.False(await page.Locator("#display-controls > summary").IsVisibleAsync());
        Assert.True(await chooser.EvaluateAsync<bool>("d => d.open"));

        // Closed at 320 px, then turned wide: opened, since nothing would open it there.
        await page.SetViewportSizeAsync(SitePages.Narrow, PhoneHeight);
        await page.ReloadAsync();
        Assert.False(await chooser.EvaluateAsync<bool>("d => d.open"), "at 320 px the chooser is not folded at load");
        await page.SetViewportSizeAsync(SitePages.Wide, 800);
        await page.WaitForFunctionAsync("() => document.getElementById('display-controls').open");
        Assert.True(await page.Locator("#display-controls button[data-contrast]").IsVisibleAsync());
    }

    [Fact]
    public async Task At_1280px_the_chooser_shows_at_once_and_has_no_summary()
    {
        await using var tab = await browser.OpenAsync(SitePages.Report, SitePages.Wide);

        Assert.True(await tab.Page.Locator("#display-controls button[data-text-scale='200']").IsVisibleAsync());
        Assert.False(await tab.Page.Locator("#display-controls > summary").IsVisibleAsync());
        Assert.True(await tab.Page.Locator("#site-q").IsVisibleAsync());
        Assert.True(await tab.Page.Locator(".breadcrumbs [aria-current='page']").IsVisibleAsync());
    }

    /// <summary>Without JavaScript the chooser stays hidden (it could not remember a choice); the header is compact by
    /// the stylesheet alone, and large text leaves the search box to the search page the nav links to.</summary>
    [Fact]
    public async Task Without_javascript_the_large_type_view_keeps_a_compact_header()
    {
        var context = await browser.NewContextAsync(javaScriptEnabled: false);
        try
        {
            var page = await context.NewPageAsync();
            await page.SetViewportSizeAsync(SitePages.Narrow, PhoneHeight);
            await page.GotoAsync(new Uri(browser.BaseUrl, SitePages.LargeType.TrimStart('/')).ToString());

            Assert.False(await page.Locator("#display-controls").IsVisibleAsync());
            Assert.False(await page.Locator("#site-q").IsVisibleAsync());
            Assert.True(await page.Locator(".site-nav a", new() { HasText = "搜索" }).IsVisibleAsync());
            Assert.False(await page.Locator(".breadcrumbs [aria-current='page']").IsVisibleAsync(), "the current page's breadcrumb repeats the h1 below it");
            var top = await page.EvaluateAsync<double>(HeadingTop);
            Assert.True(top <= PhoneHeight, $"the 大字版's h1 starts {top:0} px down at 320 px without JavaScript");
        }
        finally
        {
            await context.DisposeAsync();
        }
    }
}
