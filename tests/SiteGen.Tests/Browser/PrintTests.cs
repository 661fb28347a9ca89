using Microsoft.Playwright;

namespace SiteGen.Tests.Browser;

/// <summary>
/// A report printed on A4: every table column on the paper (a table scrolls in its own region on screen, which paper
/// cannot do; 表三's 总计 column was cut off), and none of the screen's controls.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintTests(BrowserFixture browser)
{
    /// <summary>A4's width less Chromium's default margins of about 1 cm, in CSS px.</summary>
    private const int A4Content = 718;

    [Theory]
    [MemberData(nameof(SitePages.OnePerKind), MemberType = typeof(SitePages))]
    public async Task Every_table_fits_the_width_of_a4_paper(string path)
    {
        await using var tab = await browser.OpenAsync(path, A4Content);
        await tab.Page.EmulateMediaAsync(new() { Media = Media.Print });

        var cut = await tab.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('main table, main svg')]
              .filter(e => e.getBoundingClientRect().width > 0 && e.getBoundingClientRect().right > innerWidth + 0.5)
              .map(e => `${e.tagName.toLowerCase()}#${e.id} (right edge ${Math.round(e.getBoundingClientRect().right)} px)`)
            """);

        Assert.True(cut.Length == 0, $"{path} printed on A4 cuts off: {string.Join(", ", cut)}");
    }

    [Fact]
    public async Task A_printed_report_leaves_out_the_screens_controls_and_keeps_its_content()
    {
        await using var tab = await browser.OpenAsync(SitePages.Report, A4Content);
        var page = tab.Page;
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var control in new[] { ".site-header", ".display-settings", ".breadcrumbs", ".read-aloud", ".report-views", ".toc" })
        {
            Assert.False(await page.Locator(control).First.IsVisibleAsync(), $"{control} is printed");
        }

        Assert.True(await page.Locator("h1").IsVisibleAsync());
        Assert.True(await page.Locator("dl.facts").IsVisibleAsync());
        Assert.True(await page.Locator("#t3").IsVisibleAsync());
    }
}
