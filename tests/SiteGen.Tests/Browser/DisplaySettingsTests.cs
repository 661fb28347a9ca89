using Microsoft.Playwright;

namespace SiteGen.Tests.Browser;

/// <summary>
/// 长者/大字 and 高对比 in a real browser: the choice made on any page is remembered for the next, the 大字版 works
/// without JavaScript, and the system's own forced-colors, prefers-contrast and reduced-motion settings are honoured.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DisplaySettingsTests(BrowserFixture browser)
{
    [Fact]
    public async Task A_text_size_chosen_on_one_page_applies_to_the_next()
    {
        await using var tab = await browser.OpenAsync(SitePages.Home, SitePages.Wide);
        var page = tab.Page;

        await page.Locator("#display-controls button[data-text-scale='200']").ClickAsync();
        Assert.Equal("true", await page.Locator("button[data-text-scale='200']").GetAttributeAsync("aria-pressed"));
        Assert.Equal("false", await page.Locator("button[data-text-scale='100']").GetAttributeAsync("aria-pressed"));

        await page.GotoAsync(new Uri(browser.BaseUrl, SitePages.Report.TrimStart('/')).ToString());
        Assert.Equal("text-200", await page.Locator("html").GetAttributeAsync("class"));
        Assert.Equal(32.0, await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.documentElement).fontSize)"), 1);

        await page.Locator("button[data-text-scale='100']").ClickAsync();
        Assert.DoesNotContain("text-", await page.Locator("html").GetAttributeAsync("class") ?? "");
    }

    /// <summary>At each scale: body ≥ 19 px × scale, line height ≥ 1.5, targets ≥ 44 px, no sideways scroll at 320 px.</summary>
    [Theory]
    [InlineData(100)]
    [InlineData(125)]
    [InlineData(150)]
    [InlineData(200)]
    public async Task Each_scale_keeps_large_body_text_spacing_targets_and_reflow(int scale)
    {
        await using var tab = await browser.OpenAsync(SitePages.Report, SitePages.Narrow, initScript: $"localStorage.setItem('sitegen.textScale', '{scale}')");

        var m = await tab.Page.EvaluateAsync<TypeMetrics>("""
            () => {
              const p = document.querySelector('main .narrative p');
              const s = getComputedStyle(p);
              const targets = [...document.querySelectorAll('.display-settings button, .display-controls > summary, .display-links a, .view-links a, .download-links a, .read-aloud button, .site-nav a, .pager a')]
                .filter(e => e.getClientRects().length > 0)
                .map(e => e.getBoundingClientRect())
                .filter(r => r.height < 44 || r.width < 24)
                .length;
              return { body: parseFloat(getComputedStyle(document.body).fontSize), paragraph: parseFloat(s.fontSize),
                       lineHeight: parseFloat(s.lineHeight), smallTargets: targets,
                       scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth };
            }
            """);

        Assert.True(m.Body >= 19 * scale / 100.0 - 0.5, $"body text is {m.Body} px at {scale} %");
        Assert.True(m.LineHeight / m.Paragraph >= 1.5, $"line height {m.LineHeight} px for {m.Paragraph} px text at {scale} %");
        Assert.True(m.SmallTargets == 0, $"{m.SmallTargets} controls are under 44 px high at {scale} %");
        Assert.True(m.ScrollWidth <= m.ClientWidth, $"the report scrolls sideways at 320 px and {scale} %: {m.ScrollWidth} px");
    }

    [Fact]
    public async Task The_large_type_view_is_large_without_javascript()
    {
        var context = await browser.NewContextAsync(javaScriptEnabled: false);
        try
        {
            var page = await context.NewPageAsync();
            await page.SetViewportSizeAsync(SitePages.Narrow, 800);
            await page.GotoAsync(new Uri(browser.BaseUrl, SitePages.LargeType.TrimStart('/')).ToString());

            Assert.Equal(28.5, await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.body).fontSize)"), 1);
            Assert.False(await page.Locator("#display-controls").IsVisibleAsync());
            Assert.False(await page.Locator("#read-aloud").IsVisibleAsync());
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"));

            // Without JavaScript every other page offers the way there.
            await page.GotoAsync(new Uri(browser.BaseUrl, SitePages.Report.TrimStart('/')).ToString());
            await page.Locator(".display-links a", new() { HasText = "大字版" }).ClickAsync();
            Assert.EndsWith(SitePages.LargeType, page.Url);
        }
        finally
        {
            await context.DisposeAsync();
        }
    }

    [Fact]
    public async Task High_contrast_is_a_remembered_choice_and_follows_prefers_contrast_unless_the_reader_chose()
    {
        await using var tab = await browser.OpenAsync(SitePages.Report, SitePages.Wide);
        var page = tab.Page;
        const string background = "() => getComputedStyle(document.body).backgroundColor";
        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>(background));

        await page.Locator("button[data-contrast]").ClickAsync();
        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>(background));
        Assert.Equal("true", await page.Locator("button[data-contrast]").GetAttributeAsync("aria-pressed"));
        await page.ReloadAsync();
        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>(background));

        // The system asks for more contrast: followed, until the reader picks the standard colours here.
        await page.EvaluateAsync("() => localStorage.clear()");
        await page.EmulateMediaAsync(new() { Contrast = Contrast.More });
        await page.ReloadAsync();
        Assert.Equal("rgb(0, 0, 0)", await page.EvaluateAsync<string>(background));
        Assert.Equal("true", await page.Locator("button[data-contrast]").GetAttributeAsync("aria-pressed"));
        await page.Locator("button[data-contrast]").ClickAsync();
        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>(background));
    }

    /// <summary>Windows contrast themes: the system's colours win; focus and table borders must still show.</summary>
    [Theory]
    [InlineData(SitePages.Report)]
    [InlineData(SitePages.SplitTables)]
    public async Task Forced_colors_keep_focus_and_borders_visible_and_nothing_opts_out(string path)
    {
        await using var tab = await browser.OpenAsync(path, SitePages.Wide);
        var page = tab.Page;
        await page.EmulateMediaAsync(new() { ForcedColors = ForcedColors.Active });

        Assert.True(await page.EvaluateAsync<bool>("() => matchMedia('(forced-colors: active)').matches"));
        Assert.Equal(0, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('*')].filter(e => getComputedStyle(e).forcedColorAdjust === 'none').length"));
        var border = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.querySelector('.data-table td')); return s.borderTopStyle + ' ' + s.borderTopWidth; }");
        Assert.Equal("solid 1px", border);

        foreach (var selector in new[] { ".report-views a", ".table-scroll", "main a" })
        {
            await page.Locator(selector).First.FocusAsync();
            await page.Keyboard.PressAsync("Shift+Tab");
            await page.Keyboard.PressAsync("Tab");
            var outline = await page.EvaluateAsync<string>("() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
            Assert.True(outline.StartsWith("solid", StringComparison.Ordinal) && !outline.EndsWith(" 0px", StringComparison.Ordinal),
                $"{selector} on {path} has outline '{outline}' when focused in forced colours");
        }
    }

    [Fact]
    public async Task Motion_only_where_the_reader_allows_it()
    {
        await using var tab = await browser.OpenAsync(SitePages.Report, SitePages.Wide);
        var page = tab.Page;
        const string scroll = "() => getComputedStyle(document.documentElement).scrollBehavior";
        Assert.Equal("smooth", await page.EvaluateAsync<string>(scroll));

        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });

        Assert.Equal("auto", await page.EvaluateAsync<string>(scroll));
        Assert.Equal(0, await page.EvaluateAsync<int>("""
            () => [...document.querySelectorAll('*')].filter(e => {
              const s = getComputedStyle(e);
              return s.animationName !== 'none' || parseFloat(s.transitionDuration) > 0;
            }).length
            """));
    }

    private sealed class TypeMetrics
    {
        public double Body { get; set; }
        public double Paragraph { get; set; }
        public double LineHeight { get; set; }
        public int SmallTargets { get; set; }
        public int ScrollWidth { get; set; }
        public int ClientWidth { get; set; }
    }
}
