using SiteGen.Core.Content;
using SiteGen.Core.Metrics;
using SiteGen.Core.Reports;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Metrics;

/// <summary>The metrics of content-model.md on hand-made numbers: formulas, "—" for a zero denominator, small samples.</summary>
public sealed class MetricTests
{
    private static Report Sample(string received = "[10, 1, 0, 0, 0, 0, 11]")
    {
        using var site = TestSite.Create($"-- content/a.md --\n{SampleReport.Text(received: received)}");
        return Assert.Single(ContentLoader.Load(site.Content).Reports);
    }

    [Fact]
    public void The_sample_report_gives_each_metric_as_the_formula_says()
    {
        var counts = MetricCounts.Of(Sample());
        string Text(MetricDef m) => m.Of(counts).Text;

        Assert.Equal("63.6%", Text(MetricCatalog.SubstantiveDisclosure)); // (5 + 2) / 11
        Assert.Equal("9.1%", Text(MetricCatalog.Withheld)); // 1 / 11
        Assert.Equal("27.3%", Text(MetricCatalog.Unavailable)); // 3 / 11
        Assert.Equal("27.3%", Text(MetricCatalog.NotHeld));
        Assert.Equal("0.0%", Text(MetricCatalog.NotProcessed));
        Assert.Equal("0.0%", Text(MetricCatalog.CarryForward)); // 0 / (11 + 0)
        Assert.Equal("9.1%", Text(MetricCatalog.LegalPersons)); // (11 - 10) / 11
        Assert.Equal("0.0%", Text(MetricCatalog.ReviewCorrection)); // 0 / (1 - 0)
        Assert.Equal("—", Text(MetricCatalog.LitigationCorrection)); // 0 / (1 - 1): the one case is pending
        Assert.Equal("18.2", Text(MetricCatalog.AppealsPer100)); // (1 + 1) / 11 × 100
        Assert.Equal("1,117", Text(MetricCatalog.Licensing));
        Assert.Equal("85", Text(MetricCatalog.Penalties));
        Assert.Equal("24.5", Text(MetricCatalog.Fees));
        Assert.Equal("3", Text(MetricCatalog.NormativeDocuments));
    }

    [Fact]
    public void A_zero_denominator_shows_a_dash_and_says_why_never_zero_or_a_hundred_percent()
    {
        var value = MetricCatalog.SubstantiveDisclosure.Of(MetricCounts.Empty);

        Assert.Null(value.Value);
        Assert.Equal("—", value.Text);
        Assert.Equal("—（分母为 0）", value.Description);
    }

    [Fact]
    public void Fewer_than_thirty_applications_received_is_a_small_sample_and_thirty_is_not()
    {
        Assert.True(MetricCatalog.SubstantiveDisclosure.Of(new MetricCounts { Received = 29, Total = 29, Granted = 29 }).SmallSample);
        Assert.False(MetricCatalog.SubstantiveDisclosure.Of(new MetricCounts { Received = 30, Total = 30, Granted = 30 }).SmallSample);
        Assert.Equal("100.0%（小样本）", MetricCatalog.SubstantiveDisclosure.Of(new MetricCounts { Received = 3, Total = 3, Granted = 3 }).Description);
        Assert.False(MetricCatalog.Licensing.Of(new MetricCounts { Has2021Disclosure = true }).SmallSample);
    }

    [Fact]
    public void A_group_rate_comes_from_the_summed_counts_not_the_average_of_the_rates()
    {
        var all = new MetricCounts { Total = 10, Granted = 10, Received = 10 } + new MetricCounts { Total = 90, Granted = 0, Received = 90 };

        // 100% and 0%: the average would be 50%; ten of a hundred applications is 10%.
        Assert.Equal("10.0%", MetricCatalog.SubstantiveDisclosure.Of(all).Text);
        Assert.Equal(10m, MetricCatalog.SubstantiveDisclosure.Of(all).Numerator);
        Assert.Equal(100m, MetricCatalog.SubstantiveDisclosure.Of(all).Denominator);
    }

    [Fact]
    public void Table_two_volumes_of_the_2019_and_2021_formats_are_never_added()
    {
        var mixed = new MetricCounts { Has2019Disclosure = true, Licensing = 5 }
            + new MetricCounts { Has2021Disclosure = true, Licensing = 7 };
        var value = MetricCatalog.Licensing.Of(mixed);

        Assert.Equal("—", value.Text);
        Assert.Contains("口径不同", value.Description, StringComparison.Ordinal);
        Assert.Equal("—", MetricCatalog.Fees.Of(new MetricCounts { Has2019Disclosure = true }).Text);
        Assert.Equal(ReportFormat.F2019, MetricCatalog.Licensing.Of(new MetricCounts { Has2019Disclosure = true, Licensing = 5 }).Basis);
    }

    [Fact]
    public void Rounding_is_half_away_from_zero()
    {
        Assert.Equal("12.3%", MetricValue.Format(MetricKind.Rate, 12.25m));
        Assert.Equal("0.1", MetricValue.Format(MetricKind.Per100, 0.05m));
    }

    [Fact]
    public void Every_metric_has_a_unique_id_a_formula_rows_and_caveats()
    {
        Assert.Equal(MetricCatalog.All.Length, MetricCatalog.All.Select(m => m.Id).Distinct().Count());
        Assert.All(MetricCatalog.All, m =>
        {
            Assert.Matches("^[a-z0-9-]+$", m.Id);
            Assert.NotEmpty(m.Formula);
            Assert.NotEmpty(m.Rows);
            Assert.NotEmpty(m.Caveats);
        });
    }
}
