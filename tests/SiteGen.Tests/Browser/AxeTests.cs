using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Xunit.Abstractions;

namespace SiteGen.Tests.Browser;

/// <summary>
/// axe-core on one page of each kind, wide and at 320 px: layout-dependent rules (scrollable-region-focusable,
/// target-size) only fire at narrow widths, so both are checked. Each page × width is its own test case.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeTests(BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>Experimental table rules: axe runs them only when asked by id, whatever the tags.</summary>
    private static readonly string[] ExperimentalRules = ["td-has-header", "table-fake-caption"];

    /// <summary>WCAG 2.0, 2.1 and 2.2 at A and AA, plus best practice, plus the two table rules.</summary>
    private static readonly AxeRunOptions Options = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
        },
        Rules = ExperimentalRules.ToDictionary(id => id, _ => new RuleOptions { Enabled = true }),
    };

    /// <summary>One page of every kind and view, and the report in high contrast, at 1280 and 320 px.</summary>
    public static TheoryData<string, int> PagesAtBothWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var page in SitePages.Kinds.Append(SitePages.ReportHighContrast))
        {
            data.Add(page, SitePages.Wide);
            data.Add(page, SitePages.Narrow);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PagesAtBothWidths))]
    public async Task Page_has_no_axe_violations(string path, int width)
    {
        await using var tab = await browser.OpenAsync(path, width);

        var result = await tab.Page.RunAxe(Options);

        // "Needs review" items are not failures, but a human should see them when looking at a run.
        foreach (var item in result.Incomplete)
        {
            var why = item.Nodes.SelectMany(n => n.Any ?? []).Select(c => c.Message).Distinct().Take(3);
            output.WriteLine($"needs review: [{item.Id}] {item.Help} ({item.Nodes.Length} element(s)): {string.Join(" | ", why)}");
        }

        Assert.True(result.Violations.Length == 0, AxeReport.Describe(path, width, result.Violations));

        // Guard the test itself: had the options not reached axe, the table rules would be missing from every list.
        var ran = result.Passes.Concat(result.Inapplicable).Concat(result.Incomplete).Select(r => r.Id).ToHashSet();
        Assert.All(ExperimentalRules, id => Assert.Contains(id, ran));
    }
}
