using System.Globalization;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Metrics;

/// <summary>
/// A metric for one group of reports: the numerator and denominator it came from, the value (null when the
/// denominator is 0 or the group mixes unlike table 二 formats), and whether the group is a small sample.
/// </summary>
public sealed record MetricValue(MetricDef Metric, decimal Numerator, decimal Denominator, decimal? Value, bool SmallSample, string? Missing)
{
    /// <summary>Groups with fewer applications received than this are marked as small samples (content-model.md).</summary>
    public const int SmallSampleLimit = 30;

    /// <summary>What the page shows for a value that cannot be computed: never 0% or 100%.</summary>
    public const string Dash = "—";

    /// <summary>"42.1%", "3.2", "1,117" or "—".</summary>
    public string Text => Value is not { } v ? Dash : Format(Metric.Kind, v);

    /// <summary>The value as a screen reader and the summaries say it: "42.1%（小样本）" or "—（分母为 0）".</summary>
    public string Description => (Value is null ? $"{Dash}（{Missing}）" : Text) + (SmallSample && Value is not null ? "（小样本）" : "");

    /// <summary>The table 二 format the value was measured in, for a volume; null for tables 三 and 四.</summary>
    public ReportFormat? Basis { get; init; }

    public static MetricValue Compute(MetricDef metric, MetricCounts counts)
    {
        var numerator = metric.Numerator(counts);
        var denominator = metric.Denominator(counts);
        var small = metric.Kind != MetricKind.Volume && counts.Received < SmallSampleLimit;
        if (metric.ReadsDisclosure)
        {
            var formats = counts.DisclosureFormats;
            string? missing = formats.Count switch
            {
                0 => "无表二数据",
                > 1 => "2019 与 2021 格式口径不同，不相加",
                _ when metric.Only2021 && formats.Min != ReportFormat.F2021 => "2019 格式无此数",
                _ => null,
            };
            return new MetricValue(metric, numerator, 1, missing is null ? numerator : null, false, missing)
            {
                Basis = formats.Count == 1 ? formats.Min : null,
            };
        }

        if (denominator == 0)
        {
            return new MetricValue(metric, numerator, 0, null, small, "分母为 0");
        }

        var scale = metric.Kind switch
        {
            MetricKind.Rate => 100m,
            MetricKind.Per100 => 100m,
            _ => 1m,
        };
        return new MetricValue(metric, numerator, denominator, numerator / denominator * scale, small, null);
    }

    /// <summary>Rates and per-100 figures to one decimal place, volumes as the tables print them.</summary>
    public static string Format(MetricKind kind, decimal value) => kind switch
    {
        MetricKind.Rate => Round(value).ToString("0.0", CultureInfo.InvariantCulture) + "%",
        MetricKind.Per100 => Round(value).ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##", CultureInfo.InvariantCulture),
    };

    /// <summary>Half away from zero, as people round by hand; a value of exactly 12.25% shows as 12.3%.</summary>
    public static decimal Round(decimal value) => Math.Round(value, 1, MidpointRounding.AwayFromZero);
}
