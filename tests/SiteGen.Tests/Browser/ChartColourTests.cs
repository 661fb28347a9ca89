using Microsoft.Playwright;

namespace SiteGen.Tests.Browser;

/// <summary>The build-time SVG charts stay readable in forced colours and in print, where theme colours are lost.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartColourTests(BrowserFixture browser)
{
    private const string Page = "/compare/2024/";

    private const string BarAndText = """
        () => {
          const bar = document.querySelector('.chart-bar');
          const text = document.querySelector('.chart-svg text');
          return [getComputedStyle(bar).fill, getComputedStyle(text).fill, getComputedStyle(document.body).color];
        }
        """;

    [Fact]
    public async Task In_forced_colours_bars_and_labels_take_the_text_colour()
    {
        await using var tab = await browser.OpenAsync(Page, SitePages.Wide);
        var normal = await tab.Page.EvaluateAsync<string[]>(BarAndText);

        await tab.Page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.Active });
        var forced = await tab.Page.EvaluateAsync<string[]>(BarAndText);

        Assert.NotEqual(normal[0], forced[0]);
        Assert.Equal(forced[2], forced[0]);
        Assert.Equal(forced[2], forced[1]);
    }

    [Fact]
    public async Task In_print_bars_are_black()
    {
        await using var tab = await browser.OpenAsync(Page, SitePages.Wide);

        await tab.Page.EmulateMediaAsync(new() { Media = Media.Print });

        Assert.Equal("rgb(0, 0, 0)", (await tab.Page.EvaluateAsync<string[]>(BarAndText))[0]);
    }

    [Fact]
    public async Task Value_labels_fit_inside_the_chart()
    {
        await using var tab = await browser.OpenAsync(Page, SitePages.Wide);

        var overflow = await tab.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.chart-svg')].flatMap(svg => {
              const box = svg.getBoundingClientRect();
              return [...svg.querySelectorAll('text')].filter(t => t.getBoundingClientRect().right > box.right + 0.5).map(t => t.textContent);
            })
            """);

        Assert.Empty(overflow);
    }
}
