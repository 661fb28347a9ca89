using System.Globalization;
using AngleSharp.Dom;
using SiteGen.Core.Metrics;
using SiteGen.Core.Reports;
using SiteGen.Core.Site;

namespace SiteGen.Tests.Metrics;

/// <summary>
/// The agency pages of a generated archive: every table row and metric year by year equals the front matter, each change
/// equals the difference from the year before in sign and words, and the cross-year warnings are listed where they fail.
/// </summary>
public sealed class AgencySeriesTests(GeneratedSite site) : IClassFixture<GeneratedSite>
{
    private static string Figure(IElement cell) => cell.QuerySelector(".figure")!.TextContent;

    private static string? Change(IElement cell) => cell.QuerySelector(".change")?.TextContent;

    [Fact]
    public void Every_table_row_year_by_year_equals_the_front_matter_and_each_change_the_difference()
    {
        var checkedCells = 0;
        foreach (var agency in site.Reports.GroupBy(r => r.Agency.Id))
        {
            var years = agency.OrderBy(r => r.Year).ToList();
            var page = site.Page(Routes.Agency(agency.Key));
            foreach (var row in page.QuerySelectorAll(".series-table tbody tr").Where(r => !r.Closest("table")!.Id!.Equals("series-metrics", StringComparison.Ordinal)))
            {
                var key = row.GetAttribute("data-key")!;
                var (path, column) = Split(key, years);
                decimal? before = null;
                var hadBefore = false;
                foreach (var report in years)
                {
                    var cell = row.QuerySelector($"td[data-year='{report.Year}']")!;
                    if (report.Row(path) is not { } cells)
                    {
                        Assert.Equal("—", Figure(cell));
                        hadBefore = false;
                        continue;
                    }

                    var value = cells[column];
                    Assert.Equal(value is null ? "空白" : value.Value.ToString("0.####", CultureInfo.InvariantCulture), Figure(cell));
                    Assert.Equal(hadBefore ? ExpectedChange(before, value) : null, Change(cell));
                    (before, hadBefore) = (value, true);
                    checkedCells++;
                }
            }
        }

        Assert.True(checkedCells > 3000, $"only {checkedCells} cells checked");
    }

    [Fact]
    public void Every_metric_year_by_year_equals_the_rate_from_the_front_matter_and_table_two_breaks_between_formats()
    {
        var breaks = 0;
        foreach (var agency in site.Reports.GroupBy(r => r.Agency.Id))
        {
            var years = agency.OrderBy(r => r.Year).ToList();
            var table = site.Page(Routes.Agency(agency.Key)).GetElementById("series-metrics")!;
            foreach (var metric in MetricCatalog.All)
            {
                var row = table.QuerySelector($"tr[data-key='{metric.Id}']")!;
                for (var i = 0; i < years.Count; i++)
                {
                    var cell = row.QuerySelector($"td[data-year='{years[i].Year}']")!;
                    Assert.Equal(MetricOracle.Text(metric, [years[i]]), Figure(cell));
                    if (i > 0 && metric.Kind == MetricKind.Volume && years[i].Format != years[i - 1].Format)
                    {
                        Assert.Equal("格式变化，序列断开", Change(cell));
                        breaks++;
                    }
                    else if (i > 0 && metric.Kind == MetricKind.Rate && metric.Of(MetricCounts.Of(years[i])).Value is { } now && metric.Of(MetricCounts.Of(years[i - 1])).Value is { } then)
                    {
                        var delta = MetricValue.Round(now) - MetricValue.Round(then);
                        Assert.StartsWith(delta > 0 ? "+" : delta < 0 ? "−" : "0", Change(cell), StringComparison.Ordinal);
                        Assert.EndsWith(delta > 0 ? "（上升）" : delta < 0 ? "（下降）" : "（持平）", Change(cell), StringComparison.Ordinal);
                    }
                }
            }
        }

        Assert.True(breaks > 0, "the archive should cross from the 2019 to the 2021 format");
    }

    [Fact]
    public void Cross_year_warnings_are_listed_on_the_agency_page_where_they_fail()
    {
        var codes = new[] { "X-CARRY", "X-STOCK" };
        var found = 0;
        foreach (var agency in site.Reports.GroupBy(r => r.Agency.Id))
        {
            var files = agency.Select(r => r.SourcePath).ToHashSet();
            var expected = site.Archive.Diagnostics.Count(d => codes.Contains(d.Code) && files.Contains(d.File));
            var listed = site.Page(Routes.Agency(agency.Key)).QuerySelectorAll("section[aria-labelledby='cross-year'] li").Length;
            Assert.Equal(expected, listed);
            found += expected;
        }

        Assert.True(found > 0, "the generated archive should plant at least one cross-year fault");
    }

    private static string ExpectedChange(decimal? before, decimal? after)
    {
        if (before is not { } a || after is not { } b)
        {
            return null!;
        }

        var d = b - a;
        var n = Math.Abs(d).ToString("0.####", CultureInfo.InvariantCulture);
        return d > 0 ? $"+{n}（增加）" : d < 0 ? $"−{n}（减少）" : "0（持平）";
    }

    /// <summary>"applications.received.7" → (applications.received, 6); a scalar row is its path, column 0.</summary>
    private static (string Path, int Column) Split(string key, IEnumerable<Report> years)
    {
        var dot = key.LastIndexOf('.');
        return int.TryParse(key[(dot + 1)..], out var c) && years.All(r => r.Row(key) is null) ? (key[..dot], c - 1) : (key, 0);
    }
}
