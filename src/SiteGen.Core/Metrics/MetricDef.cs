using System.Collections.Immutable;

namespace SiteGen.Core.Metrics;

/// <summary>How a metric's value reads: a share of its denominator, a count per 100 applications, or a sum.</summary>
public enum MetricKind
{
    Rate,
    Per100,
    Volume,
}

/// <summary>
/// One derived metric of content-model.md: its stable id (used in URLs), its name, the formula in words, the table
/// rows it reads, the caveats a reader needs, and how it is computed from <see cref="MetricCounts"/>.
/// </summary>
public sealed record MetricDef(
    string Id,
    string Name,
    MetricKind Kind,
    string Formula,
    ImmutableArray<string> Rows,
    ImmutableArray<string> Caveats,
    Func<MetricCounts, decimal> Numerator,
    Func<MetricCounts, decimal> Denominator)
{
    /// <summary>The unit after the number: "%" for rates, "件/百件申请" for 复议诉讼率, or the volume's own unit.</summary>
    public string Unit { get; init; } = "";

    /// <summary>True for table 二's volumes, which the 2019 and 2021 formats measure differently.</summary>
    public bool ReadsDisclosure { get; init; }

    /// <summary>True when the 2019 table has no such number (行政事业性收费 counts items there, not money).</summary>
    public bool Only2021 { get; init; }

    /// <summary>The value for a group: computed from the summed counts, with its numerator and denominator.</summary>
    public MetricValue Of(MetricCounts counts) => MetricValue.Compute(this, counts);
}
