using SiteGen.Core.Metrics;
using SiteGen.Core.Reports;
using SiteGen.Tests.Bench;

namespace SiteGen.Tests.Metrics;

/// <summary>A generated archive of several years per agency, shared by the metric property tests.</summary>
public sealed class MetricArchive : IDisposable
{
    public MetricArchive() => Archive = new GeneratedArchive(120, seed: 6);

    internal GeneratedArchive Archive { get; }

    public IReadOnlyList<Report> Reports => Archive.Loaded.Reports;

    public void Dispose() => Archive.Dispose();
}

/// <summary>
/// Properties over a generated archive (2019 and 2021 formats, planted faults and all): for random groups of reports,
/// every metric equals the one computed the long way from the front matter, and sums add up group by group.
/// </summary>
public sealed class MetricPropertyTests(MetricArchive archive) : IClassFixture<MetricArchive>
{
    private const int Trials = 300;

    private List<Report> RandomGroup(Random random)
    {
        var size = random.Next(0, 12);
        return [.. archive.Reports.OrderBy(_ => random.Next()).Take(size)];
    }

    [Fact]
    public void Every_metric_of_a_random_group_equals_the_one_computed_from_the_front_matter()
    {
        var random = new Random(20240601);
        for (var trial = 0; trial < Trials; trial++)
        {
            var group = RandomGroup(random);
            var counts = MetricCounts.Of(group);
            foreach (var metric in MetricCatalog.All)
            {
                var value = metric.Of(counts);
                var (numerator, denominator) = MetricOracle.Of(metric.Id, group);
                var where = $"trial {trial}, {metric.Id}, {string.Join(" ", group.Select(r => r.Key))}";
                Assert.True(numerator == value.Numerator, where);
                if (metric.Kind != MetricKind.Volume)
                {
                    Assert.True(denominator == value.Denominator, where);
                    Assert.Equal(group.Sum(r => MetricOracle.Cell(r, "applications.received", 6)) < 30, value.SmallSample);
                }

                Assert.Equal(MetricOracle.Text(metric, group), value.Text);
            }
        }
    }

    [Fact]
    public void The_counts_of_two_groups_added_equal_the_counts_of_the_groups_together()
    {
        var random = new Random(7);
        for (var trial = 0; trial < Trials; trial++)
        {
            var a = RandomGroup(random);
            var b = RandomGroup(random).Except(a).ToList();
            Assert.Equal(MetricCounts.Of(a.Concat(b)), MetricCounts.Of(a) + MetricCounts.Of(b));
        }
    }

    [Fact]
    public void The_archive_has_both_formats_so_the_properties_cover_both()
    {
        Assert.Contains(archive.Reports, r => r.Format == ReportFormat.F2019);
        Assert.Contains(archive.Reports, r => r.Format == ReportFormat.F2021);
        Assert.Contains(archive.Reports.GroupBy(r => r.Agency.Id), g => g.Count() >= 3);
    }
}
