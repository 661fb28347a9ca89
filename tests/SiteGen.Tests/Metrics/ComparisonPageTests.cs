using AngleSharp.Dom;
using SiteGen.Core.Metrics;
using SiteGen.Core.Reports;
using SiteGen.Core.Site;

namespace SiteGen.Tests.Metrics;

/// <summary>
/// Every figure on the comparison pages of a generated archive (several years per agency, both formats) equals the
/// sum or rate computed the long way from the front matter (<see cref="MetricOracle"/>), read from the built HTML.
/// </summary>
public sealed class ComparisonPageTests(GeneratedSite site) : IClassFixture<GeneratedSite>
{
    /// <summary>A cell's figure without its note: "63.6%（小样本）" reads "63.6%".</summary>
    private static string Figure(IElement cell)
    {
        var copy = (IElement)cell.Clone();
        foreach (var note in copy.QuerySelectorAll(".cell-note").ToList())
        {
            note.Remove();
        }

        return copy.TextContent.Trim();
    }

    private static string? Note(IElement cell) => cell.QuerySelector(".cell-note")?.TextContent.Trim();

    [Fact]
    public void Every_figure_of_every_year_comparison_equals_the_rate_computed_from_the_front_matter()
    {
        var checkedCells = 0;
        foreach (var year in site.Reports.GroupBy(r => r.Year))
        {
            var page = site.Page(Routes.YearComparison(year.Key));
            var table = page.QuerySelector("#year-metrics")!;
            var metrics = table.QuerySelectorAll("thead th[data-metric]").Select(th => MetricCatalog.Find(th.GetAttribute("data-metric")!)!).ToList();
            Assert.Equal(MetricCatalog.Main, metrics);
            var rows = table.QuerySelectorAll("tbody tr").ToList();
            Assert.Equal(year.Count(), rows.Count);
            foreach (var row in rows)
            {
                var name = row.QuerySelector("th a")!.TextContent;
                var report = Assert.Single(year, r => r.Agency.Name == name);
                checkedCells += CheckRow(row, metrics, [report]);
            }

            checkedCells += CheckRow(table.QuerySelector("tfoot tr")!, metrics, [.. year]);
        }

        Assert.True(checkedCells > 500, $"only {checkedCells} figures checked");
    }

    [Fact]
    public void The_chart_of_each_year_gives_its_numbers_as_a_table_ranked_and_summarised_in_one_sentence()
    {
        foreach (var year in site.Reports.GroupBy(r => r.Year))
        {
            var page = site.Page(Routes.YearComparison(year.Key));
            var figure = page.QuerySelector("figure.chart")!;
            var rows = figure.QuerySelectorAll("table tbody tr").ToList();
            Assert.Equal(year.Count(), rows.Count);
            foreach (var row in rows)
            {
                var report = Assert.Single(year, r => r.Agency.Name == row.QuerySelector("th")!.TextContent);
                Assert.Equal(MetricOracle.Text(MetricCatalog.SubstantiveDisclosure, [report]), Figure(row.QuerySelector("td")!));
            }

            var values = year.Select(r => MetricCatalog.SubstantiveDisclosure.Of(MetricCounts.Of(r)).Value).OfType<decimal>().Where(v => v > 0).ToList();
            Assert.Equal(values.Count, figure.QuerySelectorAll("svg rect.chart-bar").Length);
            var summary = figure.QuerySelector(".chart-summary")!.TextContent;
            Assert.EndsWith("。", summary, StringComparison.Ordinal);
            Assert.Contains("合计 " + MetricOracle.Text(MetricCatalog.SubstantiveDisclosure, [.. year]), summary, StringComparison.Ordinal);
            Assert.Equal("img", figure.QuerySelector("svg")!.GetAttribute("role"));
        }
    }

    [Fact]
    public void The_metric_guide_gives_every_metric_its_formula_rows_and_caveats_and_the_tables_link_to_it()
    {
        var page = site.Page(Routes.MetricGuide);
        foreach (var metric in MetricCatalog.All)
        {
            var section = page.GetElementById(metric.Id)!.ParentElement!;
            Assert.Contains(metric.Formula, section.TextContent, StringComparison.Ordinal);
            Assert.All(metric.Rows, r => Assert.Contains(r, section.TextContent, StringComparison.Ordinal));
            Assert.All(metric.Caveats, c => Assert.Contains(c, section.TextContent, StringComparison.Ordinal));
        }

        var year = site.Reports.Max(r => r.Year);
        var links = site.Page(Routes.YearComparison(year)).QuerySelectorAll("thead th[data-metric] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.All(links, href => Assert.StartsWith("/metrics/#", href, StringComparison.Ordinal));
        Assert.NotNull(page.QuerySelector($"a[href='/{Routes.MetricYear(MetricCatalog.Fees.Id, year)}']"));
        Assert.NotNull(site.Page(Routes.Year(year)).QuerySelector($"a[href='/{Routes.YearComparison(year)}']"));
    }

    /// <summary>The row's received count (and its small-sample note) and each metric, against the oracle.</summary>
    private static int CheckRow(IElement row, IReadOnlyList<MetricDef> metrics, IReadOnlyList<Report> reports)
    {
        var cells = row.QuerySelectorAll("td").ToList();
        var received = reports.Sum(r => MetricOracle.Cell(r, "applications.received", 6));
        Assert.Equal(received.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture), Figure(cells[0]));
        Assert.Equal(received < 30 ? "（小样本）" : null, Note(cells[0]));
        for (var i = 0; i < metrics.Count; i++)
        {
            var expected = MetricOracle.Text(metrics[i], reports);
            Assert.True(expected == Figure(cells[i + 1]), $"{string.Join(",", reports.Select(r => r.Key))} {metrics[i].Id}: expected {expected}, page shows {Figure(cells[i + 1])}");
            if (expected == "—")
            {
                Assert.NotNull(Note(cells[i + 1]));
            }
        }

        return metrics.Count + 1;
    }
}
