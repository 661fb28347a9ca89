using Microsoft.Playwright;
using SiteGen.Core.Content;
using SiteGen.Core.Metrics;
using SiteGen.Core.Site.Comparison;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Browser;

/// <summary>
/// The compare page in a real browser, by keyboard only: pick two agencies with Tab and Space, submit with Enter, and
/// the figures appear side by side, the choice kept in the address; opening that address shows the same comparison.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ComparePageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Two_agencies_picked_by_keyboard_are_compared_and_the_address_keeps_the_choice()
    {
        await using var tab = await browser.OpenAsync(SitePages.Compare, SitePages.Wide);
        var page = tab.Page;
        await page.Locator("#compare-form").WaitForAsync();

        await TabUntil(page, "document.activeElement.type === 'checkbox'");
        await page.Keyboard.PressAsync("Space");
        var first = await Active(page, "value");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Space");
        var second = await Active(page, "value");
        await TabUntil(page, "document.activeElement.type === 'submit'");
        await page.Keyboard.PressAsync("Enter");

        await page.Locator("#compare-results").WaitForAsync();
        Assert.EndsWith($"?a={first},{second}", page.Url, StringComparison.Ordinal);
        Assert.Equal("compare-heading", await Active(page, "id"));
        await AssertFigures(page, [first, second]);

        // The address alone restores the comparison: a shared link shows what its sender saw.
        await using var shared = await browser.OpenAsync(new Uri(page.Url).PathAndQuery, SitePages.Narrow);
        await shared.Page.Locator("#compare-results").WaitForAsync();
        await AssertFigures(shared.Page, [first, second]);
        Assert.True(await shared.Page.Locator($"#pick-{first}").IsCheckedAsync());
    }

    [Fact]
    public async Task One_agency_is_not_enough_and_the_status_says_so()
    {
        await using var tab = await browser.OpenAsync(SitePages.Compare, SitePages.Wide);
        var page = tab.Page;
        await page.Locator("#compare-form").WaitForAsync();
        await TabUntil(page, "document.activeElement.type === 'checkbox'");
        await page.Keyboard.PressAsync("Space");
        await TabUntil(page, "document.activeElement.type === 'submit'");
        await page.Keyboard.PressAsync("Enter");

        Assert.Contains("请选择 2 至 4 个机关", await page.Locator("#compare-status").TextContentAsync());
        Assert.False(await page.Locator("#compare-results").IsVisibleAsync());
        Assert.DoesNotContain("?a=", page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_javascript_the_page_offers_the_prebuilt_pages()
    {
        var context = await browser.NewContextAsync(javaScriptEnabled: false);
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(browser.BaseUrl, "compare/?a=zhoukou-zjj,xinxiang-zjj").ToString());
            Assert.False(await page.Locator("#compare-form").IsVisibleAsync());
            Assert.True(await page.Locator("section[aria-labelledby='prebuilt'] a").CountAsync() >= 3);
        }
        finally
        {
            await context.DisposeAsync();
        }
    }

    /// <summary>One table a main metric, one column an agency, each figure as Core computes it from the front matter.</summary>
    private static async Task AssertFigures(IPage page, string[] ids)
    {
        var reports = ContentLoader.Load(RepoPaths.Content).Reports;
        foreach (var metric in CompareDataWriter.Metrics)
        {
            var table = page.Locator($"#compare-{metric.Id}");
            var headers = await table.Locator("thead th a").AllTextContentsAsync();
            Assert.Equal(ids.Select(id => reports.First(r => r.Agency.Id == id).Agency.Name), headers);
            var years = (await table.Locator("tbody th").AllTextContentsAsync()).Select(t => int.Parse(t.Split(' ')[0])).ToList();
            for (var y = 0; y < years.Count; y++)
            {
                for (var a = 0; a < ids.Length; a++)
                {
                    var cell = table.Locator("tbody tr").Nth(y).Locator("td").Nth(a);
                    var figure = await cell.EvaluateAsync<string>("td => td.firstChild.textContent");
                    var report = reports.FirstOrDefault(r => r.Agency.Id == ids[a] && r.Year == years[y]);
                    Assert.Equal(report is null ? "—" : metric.Of(MetricCounts.Of(report)).Text, figure);
                }
            }
        }
    }

    private static async Task TabUntil(IPage page, string condition)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>(condition))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached: {condition}");
    }

    private static Task<string> Active(IPage page, string property) =>
        page.EvaluateAsync<string>($"document.activeElement.{property}");
}
