using Microsoft.Playwright;

namespace SiteGen.Tests.Browser;

/// <summary>
/// What axe cannot see: reflow at 320 px (WCAG 1.4.10), text at 200 % (1.4.4), the skip link by keyboard (2.4.1,
/// 2.4.7), one h1 and the page language (3.1.1). Each failure message names the elements to fix.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture browser)
{
    /// <summary>
    /// Page width, viewport width, and the elements that stick out past the viewport and are not inside a scrolling
    /// box (a wide table may scroll in its own region; the page itself must not).
    /// </summary>
    private const string MeasureOverflow = """
        () => {
          const root = document.documentElement;
          const limit = root.clientWidth;
          const scrollsOwnContent = e => {
            for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
              if (getComputedStyle(a).overflowX !== 'visible') return true;
            }
            return false;
          };
          const label = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') +
            [...e.classList].map(c => '.' + c).join('');
          // A path up to the nearest element with an id or class, so the message points into the theme's CSS.
          const name = e => {
            const parts = [label(e)];
            for (let a = e.parentElement; a && a !== document.body && parts.length < 4 && !/[#.]/.test(parts[0]); a = a.parentElement) {
              parts.unshift(label(a));
            }
            return parts.join(' > ');
          };
          const pastEdge = e => e.getBoundingClientRect().right > limit + 0.5 && !scrollsOwnContent(e);
          // Only the outermost offenders: their children stick out because they do.
          const found = new Map();
          for (const e of document.body.querySelectorAll('*')) {
            if (pastEdge(e) && !(e.parentElement && pastEdge(e.parentElement))) {
              const right = Math.round(e.getBoundingClientRect().right);
              const seen = found.get(name(e)) ?? { count: 0, right: 0 };
              found.set(name(e), { count: seen.count + 1, right: Math.max(seen.right, right) });
            }
          }
          const culprits = [...found].slice(0, 8)
            .map(([n, f]) => `${n}${f.count > 1 ? ' ×' + f.count : ''} (right edge ${f.right} px)`);
          return { scrollWidth: root.scrollWidth, clientWidth: limit, culprits };
        }
        """;

    [Theory]
    [MemberData(nameof(SitePages.OnePerKind), MemberType = typeof(SitePages))]
    public async Task Page_does_not_scroll_sideways_at_320px(string path)
    {
        await using var tab = await browser.OpenAsync(path, SitePages.Narrow);

        await AssertNoSidewaysScroll(tab.Page, $"{path} at 320 px");
    }

    /// <summary>
    /// The reader's own larger text must reflow too: the largest size chosen on the page (特大, 200 %), on every kind of
    /// page. A length in rem that fits at 100 % can be twice as wide here (the compare page's 16rem columns were).
    /// </summary>
    [Theory]
    [MemberData(nameof(SitePages.OnePerKind), MemberType = typeof(SitePages))]
    public async Task Page_does_not_scroll_sideways_at_320px_with_text_at_200_percent(string path)
    {
        await using var tab = await browser.OpenAsync(path, SitePages.Narrow, initScript: "localStorage.setItem('sitegen.textScale', '200')");

        await AssertNoSidewaysScroll(tab.Page, $"{path} at 320 px with the text at 200 %");
    }

    [Theory]
    [MemberData(nameof(SitePages.OnePerKind), MemberType = typeof(SitePages))]
    public async Task Skip_link_is_first_tab_stop_is_visible_and_moves_focus_to_main(string path)
    {
        await using var tab = await browser.OpenAsync(path, SitePages.Narrow);

        await tab.Page.Keyboard.PressAsync("Tab");
        var first = await tab.Page.EvaluateAsync<FocusedElement>("""
            () => {
              const e = document.activeElement;
              const r = e.getBoundingClientRect();
              const s = getComputedStyle(e);
              const target = e.hash ? document.getElementById(decodeURIComponent(e.hash.slice(1))) : null;
              return {
                html: e.outerHTML.slice(0, 200),
                targetsMain: !!target && target.tagName === 'MAIN',
                inViewport: r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
                shown: s.visibility !== 'hidden' && s.opacity !== '0' && s.clipPath === 'none' && s.clip === 'auto',
              };
            }
            """);
        Assert.True(first.TargetsMain, $"The first Tab stop on {path} is not a link to <main>: {first.Html}");
        Assert.True(first.InViewport && first.Shown, $"The skip link on {path} is focused but not fully visible in the viewport: {first.Html}");

        await tab.Page.Keyboard.PressAsync("Enter");
        var focused = await tab.Page.EvaluateAsync<string>("() => document.activeElement.cloneNode(false).outerHTML");
        Assert.True(await tab.Page.EvaluateAsync<bool>("() => document.activeElement.tagName === 'MAIN'"),
            $"Enter on the skip link of {path} left focus on {focused}, not on <main> (main needs tabindex=\"-1\" and the link's #id).");
    }

    [Theory]
    [MemberData(nameof(SitePages.OnePerKind), MemberType = typeof(SitePages))]
    public async Task Page_has_exactly_one_h1(string path)
    {
        await using var tab = await browser.OpenAsync(path, SitePages.Wide);

        var headings = await tab.Page.Locator("h1").AllInnerTextsAsync();

        Assert.True(headings.Count == 1, $"{path} has {headings.Count} h1 elements: [{string.Join(" | ", headings)}]");
    }

    /// <summary>Screen readers pick their Chinese voice from lang; "zh-CN" exactly, as the project's pages are Simplified Chinese.</summary>
    [Theory]
    [MemberData(nameof(SitePages.OnePerKind), MemberType = typeof(SitePages))]
    public async Task Html_lang_is_zh_CN(string path)
    {
        await using var tab = await browser.OpenAsync(path, SitePages.Wide);

        var lang = await tab.Page.Locator("html").GetAttributeAsync("lang");

        Assert.True(lang == "zh-CN", $"{path} has <html lang=\"{lang ?? "(none)"}\">, expected lang=\"zh-CN\".");
    }

    private static async Task AssertNoSidewaysScroll(IPage page, string what)
    {
        var m = await page.EvaluateAsync<Overflow>(MeasureOverflow);
        Assert.True(m.ScrollWidth <= m.ClientWidth,
            $"{what} scrolls sideways: the page is {m.ScrollWidth} px wide in a {m.ClientWidth} px viewport. " +
            $"Elements past the right edge: {(m.Culprits.Length == 0 ? "(none found outside scroll regions)" : string.Join(", ", m.Culprits))}");
    }

    // Playwright fills results through setters, so these are classes with a parameterless constructor, not records.
    private sealed class Overflow
    {
        public int ScrollWidth { get; set; }
        public int ClientWidth { get; set; }
        public string[] Culprits { get; set; } = [];
    }

    private sealed class FocusedElement
    {
        public string Html { get; set; } = "";
        public bool TargetsMain { get; set; }
        public bool InViewport { get; set; }
        public bool Shown { get; set; }
    }
}
