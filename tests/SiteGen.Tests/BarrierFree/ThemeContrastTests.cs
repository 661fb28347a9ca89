using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.BarrierFree;

/// <summary>
/// The contrast of every colour pair the theme uses, computed from the custom properties in site.css (axe skips many
/// cells and cannot see focus states): text 4.5:1 (WCAG 1.4.3), focus indicators and borders 3:1 (1.4.11), in the
/// standard palette and in the high-contrast one (where the 适老化 rules ask for more, 7:1 for body text).
/// </summary>
public sealed partial class ThemeContrastTests
{
    private static readonly Lazy<string> Css = new(() => File.ReadAllText(Path.Combine(RepoPaths.Root, "themes", "Default", "assets", "site.css")));

    /// <summary>Text colour on background colour, as the stylesheet combines them.</summary>
    private static readonly (string Text, string Background)[] TextPairs =
    [
        ("--text", "--background"), ("--muted", "--background"), ("--link", "--background"), ("--link-visited", "--background"),
        ("--accent", "--background"),
        ("--text", "--panel"), ("--muted", "--panel"), ("--link", "--panel"), ("--link-visited", "--panel"),
        ("--text", "--error-bg"), ("--text", "--warning-bg"), ("--text", "--mark-bg"),
        ("--header-text", "--header-bg"), ("--focus-ring", "--focus"), ("--background", "--text"),
    ];

    /// <summary>Non-text parts that carry meaning: the focus indicator against what it sits on, cell and control borders.</summary>
    private static readonly (string Part, string Background)[] NonTextPairs =
    [
        ("--focus", "--header-bg"), ("--border", "--background"), ("--border", "--panel"), ("--text", "--background"),
    ];

    public static TheoryData<string> Palettes() => ["standard", "high"];

    [Theory]
    [MemberData(nameof(Palettes))]
    public void Every_text_pair_has_at_least_4_5_to_1(string palette)
    {
        var tokens = Palette(palette);
        var failures = TextPairs.Select(p => (p, Ratio(tokens[p.Text], tokens[p.Background])))
            .Where(x => x.Item2 < (palette == "high" ? 7.0 : 4.5))
            .Select(x => $"{x.p.Text} {tokens[x.p.Text]} on {x.p.Background} {tokens[x.p.Background]}: {x.Item2:0.00}:1").ToList();
        Assert.True(failures.Count == 0, $"{palette} palette: {string.Join("; ", failures)}");
    }

    [Theory]
    [MemberData(nameof(Palettes))]
    public void Focus_and_borders_have_at_least_3_to_1(string palette)
    {
        var tokens = Palette(palette);

        // The focus indicator is the yellow fill with a dark bar under it: one of the two must stand out from the page.
        var focus = Math.Max(Ratio(tokens["--focus"], tokens["--background"]), Ratio(tokens["--focus-ring"], tokens["--background"]));
        Assert.True(focus >= 3, $"{palette}: neither the focus fill nor its ring reaches 3:1 on the page background ({focus:0.00}:1)");
        var failures = NonTextPairs.Select(p => (p, Ratio(tokens[p.Part], tokens[p.Background])))
            .Where(x => x.Item2 < 3).Select(x => $"{x.p.Part} on {x.p.Background}: {x.Item2:0.00}:1").ToList();
        Assert.True(failures.Count == 0, $"{palette} palette: {string.Join("; ", failures)}");
    }

    [Fact]
    public void The_high_contrast_palette_is_the_same_for_the_button_and_for_prefers_contrast()
    {
        var button = Block(@"html\.contrast-high\s*\{");
        var media = Block(@"@media \(prefers-contrast: more\)\s*\{\s*html:not\(\.contrast-standard\)\s*\{");
        Assert.Equal(button, media);
        Assert.Equal(Block(@":root\s*\{").Keys.Order(), button.Keys.Order());
    }

    [Fact]
    public void The_ratio_matches_the_WCAG_formula_on_known_pairs()
    {
        Assert.Equal(21.0, Ratio("#000000", "#ffffff"), 2);
        Assert.Equal(4.54, Ratio("#767676", "#ffffff"), 2);
    }

    private static Dictionary<string, string> Palette(string name)
    {
        var standard = Block(@":root\s*\{");
        return name == "standard" ? standard : new Dictionary<string, string>(standard.Concat(Block(@"html\.contrast-high\s*\{")).GroupBy(p => p.Key).Select(g => g.Last()));
    }

    /// <summary>The colour custom properties of the first block opened by <paramref name="opening"/>.</summary>
    private static Dictionary<string, string> Block(string opening)
    {
        var match = new Regex(opening).Match(Css.Value);
        Assert.True(match.Success, $"site.css has no block matching {opening}");
        var end = Css.Value.IndexOf('}', match.Index + match.Length);
        var body = Css.Value[(match.Index + match.Length)..end];
        return Token().Matches(body).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value.ToLowerInvariant());
    }

    /// <summary>WCAG 2.2 contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the relative luminances.</summary>
    private static double Ratio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string hex)
    {
        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(1 + offset * 2, 2), NumberStyles.HexNumber) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return 0.2126 * Channel(0) + 0.7152 * Channel(1) + 0.0722 * Channel(2);
    }

    [GeneratedRegex(@"(--[a-z-]+):\s*(#[0-9a-fA-F]{6})\s*;")]
    private static partial Regex Token();
}
