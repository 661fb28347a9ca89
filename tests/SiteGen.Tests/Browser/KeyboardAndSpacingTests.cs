using Microsoft.Playwright;

namespace SiteGen.Tests.Browser;

/// <summary>
/// What axe cannot see on the barrier-free views: every Tab stop in document order, visibly focused and not hidden
/// under anything (WCAG 2.4.3, 2.4.7, 2.4.11); text at 200 % with the WCAG 1.4.12 spacing, nowhere clipped; captions in
/// view while a table scrolls; and a page language that fits its text (3.1.1).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardAndSpacingTests(BrowserFixture browser)
{
    /// <summary>The focused element: in DOM order after the previous one, on screen, uncovered and with a visible indicator.</summary>
    private const string FocusState = """
        prev => {
          const e = document.activeElement;
          if (!e || e === document.body) return { name: 'body', done: true };
          const r = e.getBoundingClientRect();
          const s = getComputedStyle(e);
          // A link that wraps has several boxes; its first one holds its start.
          const first = e.getClientRects()[0] || r;
          const x = Math.min(Math.max(first.left + Math.min(first.width / 2, 10), 0), innerWidth - 1);
          const y = Math.min(Math.max(first.top + first.height / 2, 0), innerHeight - 1);
          const top = document.elementFromPoint(x, y);
          const name = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ').join('.') : '') +
            ' "' + (e.textContent || '').replace(/\s+/g, ' ').trim().slice(0, 20) + '"';
          window.__stops = window.__stops || [];
          const last = window.__stops[window.__stops.length - 1];
          const inOrder = !last || !!(last.compareDocumentPosition(e) & Node.DOCUMENT_POSITION_FOLLOWING);
          window.__stops.push(e);
          return {
            name, done: false, inOrder,
            onScreen: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
            uncovered: !!top && (e.contains(top) || top.contains(e)),
            indicator: (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none',
          };
        }
        """;

    [Theory]
    [InlineData(SitePages.Report, SitePages.Narrow)]
    [InlineData(SitePages.Report, SitePages.Wide)]
    [InlineData(SitePages.SplitTables, SitePages.Narrow)]
    [InlineData(SitePages.TextView, SitePages.Narrow)]
    public async Task Every_tab_stop_is_in_order_visible_and_not_hidden(string path, int width)
    {
        await using var tab = await browser.OpenAsync(path, width);
        var page = tab.Page;

        // Focus scrolls smoothly where motion is allowed; measure where it ends, not half way there.
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        var stops = new List<string>();
        var problems = new List<string>();
        for (var i = 0; i < 150; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var f = await page.EvaluateAsync<Focus>(FocusState, null);
            if (f.Done || (stops.Count > 0 && !f.InOrder))
            {
                break; // wrapped round to the address bar or back to the top
            }

            stops.Add(f.Name);
            if (!f.OnScreen || !f.Uncovered || !f.Indicator)
            {
                problems.Add($"{f.Name}: onScreen={f.OnScreen} uncovered={f.Uncovered} indicator={f.Indicator}");
            }
        }

        Assert.True(problems.Count == 0, $"{path} at {width} px:\n{string.Join("\n", problems)}");
        Assert.StartsWith("a.skip-link", stops[0]);
        Assert.Contains(stops, s => s.Contains("文字大小", StringComparison.Ordinal) || s.Contains("data-text-scale", StringComparison.Ordinal) || s.StartsWith("button", StringComparison.Ordinal));
        Assert.Contains(stops, s => s.Contains("无障碍声明", StringComparison.Ordinal));
        if (path != SitePages.TextView)
        {
            Assert.Contains(stops, s => s.StartsWith("div.table-scroll", StringComparison.Ordinal));
        }

        if (path == SitePages.Report)
        {
            Assert.Contains(stops, s => s.Contains("逐项文字版", StringComparison.Ordinal));
            Assert.Contains(stops, s => s.Contains("表三（CSV）", StringComparison.Ordinal));
        }
    }

    /// <summary>WCAG 1.4.4 and 1.4.12 together: 200 % text, line height 1.5, paragraph spacing 2, letter 0.12, word 0.16.</summary>
    [Theory]
    [InlineData(SitePages.Home)]
    [InlineData(SitePages.Report)]
    [InlineData(SitePages.TextView)]
    [InlineData(SitePages.SplitTables)]
    [InlineData(SitePages.Accessibility)]
    public async Task Text_at_200_percent_with_wcag_spacing_is_not_clipped_at_320px(string path)
    {
        await using var tab = await browser.OpenAsync(path, SitePages.Narrow, initScript: "localStorage.setItem('sitegen.textScale', '200')");
        var page = tab.Page;
        // The reader's own spacing, as a user style sheet or extension applies it: those are not bound by the page's CSP
        // (style-src 'self' refuses an injected <style>), and neither is a constructed style sheet, which stands in here.
        await page.EvaluateAsync("""
            css => { const sheet = new CSSStyleSheet(); sheet.replaceSync(css); document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]; }
            """,
            "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } " +
            "p { margin-bottom: 2em !important; }");
        Assert.NotEqual("normal", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).letterSpacing"));

        var clipped = await page.EvaluateAsync<string[]>("""
            () => [...document.body.querySelectorAll('*')].filter(e => {
              const s = getComputedStyle(e);
              if (s.display === 'inline' || e.getClientRects().length === 0) return false;
              const clips = v => v === 'hidden' || v === 'clip';
              return (clips(s.overflowX) && e.scrollWidth > e.clientWidth + 1) || (clips(s.overflowY) && e.scrollHeight > e.clientHeight + 1);
            }).map(e => e.outerHTML.slice(0, 120))
            """);
        Assert.True(clipped.Length == 0, $"{path}: text clipped in {string.Join(" | ", clipped)}");
        Assert.Equal("text-200", await page.Locator("html").GetAttributeAsync("class"));
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{path} scrolls sideways at 200 % with WCAG spacing: {widths[0]} px in {widths[1]} px");
    }

    [Theory]
    [InlineData(SitePages.Report)]
    [InlineData(SitePages.SplitTables)]
    public async Task A_caption_stays_in_view_while_its_table_scrolls_at_320px(string path)
    {
        await using var tab = await browser.OpenAsync(path, SitePages.Narrow);

        var outside = await tab.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.table-scroll')].filter(r => r.scrollWidth > r.clientWidth).map(region => {
              region.scrollLeft = region.scrollWidth;
              const box = region.getBoundingClientRect();
              const caption = region.querySelector('caption span').getBoundingClientRect();
              return caption.left >= box.left - 1 && caption.right <= box.right + 1 ? null : region.querySelector('caption').textContent;
            }).filter(x => x)
            """);

        Assert.True(outside.Length == 0, $"{path}: captions out of view when scrolled: {string.Join(" | ", outside)}");
    }

    /// <summary>lang="zh-CN" must fit the text: the page's letters are Chinese, not a Latin-script page mislabelled.</summary>
    [Theory]
    [InlineData(SitePages.Home)]
    [InlineData(SitePages.Report)]
    [InlineData(SitePages.TextView)]
    [InlineData(SitePages.SplitTables)]
    [InlineData(SitePages.LargeType)]
    [InlineData(SitePages.Accessibility)]
    public async Task The_page_language_fits_its_text(string path)
    {
        await using var tab = await browser.OpenAsync(path, SitePages.Wide);

        var counts = await tab.Page.EvaluateAsync<int[]>("""
            () => { const t = document.body.innerText; return [(t.match(/\p{Script=Han}/gu) || []).length, (t.match(/\p{Script=Latin}/gu) || []).length]; }
            """);
        Assert.Equal("zh-CN", await tab.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.True(counts[0] > 10 * counts[1], $"{path}: {counts[0]} Chinese characters, {counts[1]} Latin letters");
        Assert.Equal(0, await tab.Page.Locator("body [lang]").CountAsync());
    }

    private sealed class Focus
    {
        public string Name { get; set; } = "";
        public bool Done { get; set; }
        public bool InOrder { get; set; }
        public bool OnScreen { get; set; }
        public bool Uncovered { get; set; }
        public bool Indicator { get; set; }
    }
}
