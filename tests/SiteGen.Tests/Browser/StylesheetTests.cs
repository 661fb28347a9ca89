using SiteGen.Tests.Support;

namespace SiteGen.Tests.Browser;

/// <summary>
/// The browser keeps every rule the theme's stylesheet holds. A stray or missing brace makes no error anywhere: the
/// browser quietly drops the rules after it (an edit once left a "}" that took the header's search box's rule with it).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StylesheetTests(BrowserFixture browser)
{
    [Fact]
    public async Task The_browser_parses_every_top_level_rule_of_site_css()
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Root, "themes", "Default", "assets", "site.css"));
        var expected = TopLevelBlocks(css);
        await using var tab = await browser.OpenAsync(SitePages.Home, SitePages.Wide);

        var parsed = await tab.Page.EvaluateAsync<string[]>("""
            () => [...[...document.styleSheets].find(s => s.href && s.href.endsWith('site.css')).cssRules]
              .map(r => r.cssText.slice(0, r.cssText.indexOf('{')).trim())
            """);

        Assert.True(expected.Count > 50, $"only {expected.Count} rules found in site.css");
        Assert.Equal(expected, parsed.Select(Normalize).ToList());
    }

    /// <summary>The prelude of each rule at the top level (a selector list, or an at-rule with its condition), as
    /// written, comments left out; a brace at depth 0 starts one, its match ends it.</summary>
    private static List<string> TopLevelBlocks(string css)
    {
        var text = System.Text.RegularExpressions.Regex.Replace(css, @"/\*.*?\*/", "", System.Text.RegularExpressions.RegexOptions.Singleline);
        var preludes = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{')
            {
                if (depth == 0)
                {
                    preludes.Add(Normalize(text[start..i]));
                }

                depth++;
            }
            else if (text[i] == '}')
            {
                depth--;
                Assert.True(depth >= 0, $"site.css closes a block it never opened, near: {text[Math.Max(0, i - 80)..i]}");
                if (depth == 0)
                {
                    start = i + 1;
                }
            }
        }

        Assert.True(depth == 0, "site.css leaves a block open at its end");
        return preludes;
    }

    /// <summary>Only what both sides agree on: the browser rewrites selectors' spacing and quotes, so the comparison
    /// keeps letters, digits and a few signs.</summary>
    private static string Normalize(string prelude) =>
        new([.. prelude.Where(c => char.IsLetterOrDigit(c) || c is '.' or '#' or '-' or '@')]);
}
