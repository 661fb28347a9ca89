using System.Globalization;
using AngleSharp.Dom;
using SiteGen.Core.Metrics;
using SiteGen.Core.Reports;
using SiteGen.Core.Site;
using SiteGen.Core.Site.Comparison;

namespace SiteGen.Tests.Metrics;

/// <summary>
/// Region and ranking pages of a generated archive: each region's yearly totals are the sums of its reports and its
/// rates come from those sums; each ranking shows each agency's figure, ranks highest first, and the group's own rate.
/// </summary>
public sealed class RegionAndRankingTests(GeneratedSite site) : IClassFixture<GeneratedSite>
{
    private static string Figure(IElement cell)
    {
        var copy = (IElement)cell.Clone();
        foreach (var note in copy.QuerySelectorAll(".cell-note").ToList())
        {
            note.Remove();
        }

        return copy.TextContent.Trim();
    }

    [Fact]
    public void Every_region_year_row_equals_the_sums_and_rates_of_its_reports()
    {
        var regions = RegionPlanner.Regions(site.Reports).ToList();
        Assert.Contains(regions, r => r.Length == 1);
        Assert.Contains(regions, r => r.Length == 2);
        var figures = 0;
        foreach (var region in regions)
        {
            var table = site.Page(Routes.Region(region)).GetElementById("region-years")!;
            var metrics = table.QuerySelectorAll("thead th[data-metric]").Select(th => MetricCatalog.Find(th.GetAttribute("data-metric")!)!).ToList();
            Assert.Equal(MetricCatalog.All, metrics);
            foreach (var row in table.QuerySelectorAll("tbody tr"))
            {
                var year = int.Parse(row.QuerySelector("th a")!.TextContent.Split(' ')[0], CultureInfo.InvariantCulture);
                List<Report> reports = [.. site.Reports.Where(r => r.Year == year && RegionPlanner.In(r, region))];
                Assert.NotEmpty(reports);
                var cells = row.QuerySelectorAll("td").ToList();
                Assert.Equal(reports.Sum(r => MetricOracle.Cell(r, "applications.received", 6)).ToString("0.####", CultureInfo.InvariantCulture), Figure(cells[0]));
                for (var i = 0; i < metrics.Count; i++)
                {
                    Assert.Equal(MetricOracle.Text(metrics[i], reports), Figure(cells[i + 1]));
                    figures++;
                }
            }
        }

        Assert.True(figures > 200, $"only {figures} figures checked");
    }

    [Fact]
    public void Every_ranking_shows_each_agency_figure_highest_first_within_its_peer_group_and_the_group_rate()
    {
        var year = site.Reports.Max(r => r.Year);
        foreach (var metric in MetricCatalog.All)
        {
            var page = site.Page(Routes.MetricYear(metric.Id, year));
            var groups = page.QuerySelectorAll("#by-peers ~ div table, section[aria-labelledby='by-peers'] table").Distinct().ToList();
            Assert.NotEmpty(groups);
            var ranked = 0;
            foreach (var table in groups)
            {
                var members = new List<Report>();
                var previous = decimal.MaxValue;
                foreach (var row in table.QuerySelectorAll("tbody tr"))
                {
                    var report = Assert.Single(site.Reports, r => r.Year == year && r.Agency.Name == row.QuerySelector("th a")!.TextContent);
                    members.Add(report);
                    var cells = row.QuerySelectorAll("td").ToList();
                    Assert.Equal(MetricOracle.Text(metric, [report]), Figure(cells[1]));
                    if (metric.Of(MetricCounts.Of(report)).Value is { } value)
                    {
                        Assert.True(value <= previous, $"{metric.Id}: not ranked highest first");
                        previous = value;
                        Assert.NotEqual("—", cells[0].TextContent);
                    }
                    else
                    {
                        Assert.Equal("—", cells[0].TextContent);
                    }

                    ranked++;
                }

                Assert.Single(members.Select(r => (r.Agency.Sector, r.Agency.Level)).Distinct());
                Assert.Equal(MetricOracle.Text(metric, members), Figure(table.QuerySelectorAll("tfoot td")[1]));
            }

            Assert.Equal(site.Reports.Count(r => r.Year == year), ranked);
        }
    }
}
