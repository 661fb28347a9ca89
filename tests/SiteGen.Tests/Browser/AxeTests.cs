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

    [Theory]
    [InlineData(SitePages.Home, SitePages.Wide)]
    [InlineData(SitePages.Home, SitePages.Narrow)]
    [InlineData(SitePages.Report, SitePages.Wide)]
    [InlineData(SitePages.Report, SitePages.Narrow)]
    [InlineData(SitePages.Agency, SitePages.Wide)]
    [InlineData(SitePages.Agency, SitePages.Narrow)]
    [InlineData(SitePages.Year, SitePages.Wide)]
    [InlineData(SitePages.Year, SitePages.Narrow)]
    [InlineData(SitePages.NotFound, SitePages.Wide)]
    [InlineData(SitePages.NotFound, SitePages.Narrow)]
    [InlineData(SitePages.SearchWithResults, SitePages.Wide)]
    [InlineData(SitePages.SearchWithResults, SitePages.Narrow)]
    [InlineData(SitePages.TextView, SitePages.Wide)]
    [InlineData(SitePages.TextView, SitePages.Narrow)]
    [InlineData(SitePages.SplitTables, SitePages.Wide)]
    [InlineData(SitePages.SplitTables, SitePages.Narrow)]
    [InlineData(SitePages.LargeType, SitePages.Wide)]
    [InlineData(SitePages.LargeType, SitePages.Narrow)]
    [InlineData(SitePages.ReportHighContrast, SitePages.Wide)]
    [InlineData(SitePages.ReportHighContrast, SitePages.Narrow)]
    [InlineData(SitePages.Accessibility, SitePages.Wide)]
    [InlineData(SitePages.Accessibility, SitePages.Narrow)]
    [InlineData(SitePages.Data, SitePages.Wide)]
    [InlineData(SitePages.Data, SitePages.Narrow)]
    [InlineData(SitePages.YearComparison, SitePages.Wide)]
    [InlineData(SitePages.YearComparison, SitePages.Narrow)]
    [InlineData(SitePages.MetricGuide, SitePages.Wide)]
    [InlineData(SitePages.MetricGuide, SitePages.Narrow)]
    [InlineData(SitePages.MetricYear, SitePages.Wide)]
    [InlineData(SitePages.MetricYear, SitePages.Narrow)]
    [InlineData(SitePages.Region, SitePages.Wide)]
    [InlineData(SitePages.Region, SitePages.Narrow)]
    [InlineData(SitePages.CompareWithChoice, SitePages.Wide)]
    [InlineData(SitePages.CompareWithChoice, SitePages.Narrow)]
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
