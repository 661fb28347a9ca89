using SiteGen.Core.Metrics;

namespace SiteGen.Core.Site.Charts;

/// <summary>Makes a <see cref="BarChart"/> of one metric over labelled groups, ranked from the highest value down.</summary>
public static class BarChartBuilder
{
    public static BarChart Build(string id, string title, string labelHeading, MetricDef metric, IEnumerable<(string Label, MetricValue Value)> items, MetricValue? overall = null, bool ranked = true)
    {
        var all = items.ToList();
        var ordered = !ranked ? all : all.OrderByDescending(i => i.Value.Value.HasValue).ThenByDescending(i => i.Value.Value ?? 0).ThenBy(i => i.Label, ChineseOrder.Instance).ToList();
        var values = ordered.Where(i => i.Value.Value.HasValue).ToList();

        // Rates share one scale, 0 to 100%, so two charts can be read against each other; counts scale to their maximum.
        var max = metric.Kind == MetricKind.Rate ? 100m : values.Select(i => i.Value.Value!.Value).DefaultIfEmpty(0).Max();
        var bars = ordered.Select((item, i) =>
        {
            var y = BarChart.Padding + (i * BarChart.RowHeight);
            var width = item.Value.Value is { } v && max > 0 ? (int)Math.Round(Math.Clamp(v / max, 0, 1) * BarChart.BarArea, MidpointRounding.AwayFromZero) : 0;
            if (width == 0 && item.Value.Value > 0)
            {
                width = 1;
            }

            return new ChartBar(item.Label, item.Value.Text, Note(item.Value), y + ((BarChart.RowHeight - BarChart.BarHeight) / 2), y + 20, width);
        }).ToList();
        return new BarChart(id, title, Summary(title, metric, [.. values.OrderByDescending(v => v.Value.Value)], ordered.Count - values.Count, overall), labelHeading, metric.Name, bars);
    }

    /// <summary>"小样本" or why there is no value; null when the value stands as it is.</summary>
    public static string? Note(MetricValue value) => value.Value is null ? value.Missing : value.SmallSample ? "小样本" : null;

    private static string Summary(string title, MetricDef metric, List<(string Label, MetricValue Value)> values, int missing, MetricValue? overall)
    {
        if (values.Count == 0)
        {
            return $"{title}：没有可以计算的数值。";
        }

        var top = values[0];
        var bottom = values[^1];
        var text = values.Count == 1
            ? $"{title}：只有{top.Label}可以计算，为 {top.Value.Text}"
            : $"{title}：{values.Count} 项中{top.Label}最高（{top.Value.Text}），{bottom.Label}最低（{bottom.Value.Text}）";
        if (overall?.Value is not null)
        {
            text += $"，合计 {overall.Text}";
        }

        if (missing > 0)
        {
            text += $"；另有 {missing} 项无法计算，显示为“—”";
        }

        return text + "。";
    }
}
