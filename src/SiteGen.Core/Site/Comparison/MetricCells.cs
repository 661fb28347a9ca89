using SiteGen.Core.Metrics;
using SiteGen.Core.Site.Pages;
using SiteGen.Core.Site.Tables;

namespace SiteGen.Core.Site.Comparison;

/// <summary>Metric values as table cells and columns; the one place their notes are worded.</summary>
public static class MetricCells
{
    /// <summary>A rate or volume: the value, and why when there is none (the small sample is noted once a row).</summary>
    public static MetricCell Of(MetricValue value) => new(value.Text, value.Value is null ? value.Missing : null);

    /// <summary>The applications received, marked as a small sample under 30.</summary>
    public static MetricCell Received(MetricCounts counts) =>
        new(TableViewBuilder.Format(counts.Received), counts.Received < MetricValue.SmallSampleLimit ? "小样本" : null);

    public static MetricColumn Column(MetricDef metric, string from, LinkResolver links) =>
        new(metric.Id, metric.Name, metric.Unit, new Link($"{metric.Name}的定义", links.Href(from, Routes.MetricGuide, metric.Id)));

    public static ComparisonRow Row(Link label, string detail, MetricCounts counts, IEnumerable<MetricDef> metrics) =>
        new(label, detail, Received(counts), [.. metrics.Select(m => Of(m.Of(counts)))]);
}
