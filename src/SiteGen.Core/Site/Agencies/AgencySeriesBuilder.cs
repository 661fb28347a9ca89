using System.Globalization;
using SiteGen.Core.Metrics;
using SiteGen.Core.Reports;
using SiteGen.Core.Site.Pages;
using SiteGen.Core.Site.Tables;

namespace SiteGen.Core.Site.Agencies;

/// <summary>
/// An agency's figures year by year: the metrics, and every row of tables 二, 三 (总计 column) and 四, each with its
/// change from the year before in sign and words. Table 二's rows differ between the 2019 and 2021 formats; a year
/// of the other format has no such row, and a volume metric across the two formats breaks instead of joining.
/// </summary>
public static class AgencySeriesBuilder
{
    public static IReadOnlyList<SeriesTable> Build(IReadOnlyList<Report> years)
    {
        var withTables = years.Where(r => r.Tables.Length > 0).OrderBy(r => r.Year).ToList();
        if (withTables.Count == 0)
        {
            return [];
        }

        List<int> yearList = [.. withTables.Select(r => r.Year)];
        var tables = new List<SeriesTable>
        {
            new("series-metrics", "历年指标", yearList, [.. MetricCatalog.All.Select(m => MetricRow(m, withTables))]),
        };
        foreach (var table in new[] { NationalTemplate.Disclosure2021, NationalTemplate.Disclosure2019, NationalTemplate.Applications2021, NationalTemplate.Appeals })
        {
            var rows = RowsOf(table, withTables).ToList();
            if (rows.Count > 0)
            {
                var caption = table.YamlKey switch
                {
                    "disclosure" => "历年表二 主动公开政府信息情况（2021 年格式）",
                    "disclosure_2019" => "历年表二 主动公开政府信息情况（2019 年格式）",
                    "applications" => "历年表三 收到和处理政府信息公开申请情况（总计列）",
                    _ => "历年表四 政府信息公开行政复议、行政诉讼情况",
                };
                tables.Add(new SeriesTable($"series-{table.YamlKey.Replace('_', '-')}", caption, yearList, rows));
            }
        }

        return tables;
    }

    private static SeriesRow MetricRow(MetricDef metric, List<Report> years)
    {
        var cells = new List<SeriesCell>();
        MetricValue? previous = null;
        foreach (var report in years)
        {
            var value = metric.Of(MetricCounts.Of(report));
            var note = value.Value is null ? value.Missing : value.SmallSample ? "小样本" : null;
            if (previous is null)
            {
                cells.Add(new SeriesCell(report.Year, value.Text, null, ChangeDirection.None, note));
            }
            else if (metric.ReadsDisclosure && previous.Basis is { } a && value.Basis is { } b && a != b)
            {
                cells.Add(new SeriesCell(report.Year, value.Text, "格式变化，序列断开", ChangeDirection.Break, note));
            }
            else
            {
                var (change, direction) = Change(metric.Kind, previous.Value, value.Value);
                cells.Add(new SeriesCell(report.Year, value.Text, change, direction, note));
            }

            previous = value;
        }

        return new SeriesRow(metric.Id, metric.Name, cells);
    }

    /// <summary>Table 三 by its 总计 column; tables 二 and 四 every column. A row no year has is left out.</summary>
    private static IEnumerable<SeriesRow> RowsOf(TableDef table, List<Report> years)
    {
        foreach (var row in table.Rows)
        {
            // 2019's single 其他处理 row is not in the 2021 table; it is listed after it so no year's number is lost.
            if (!years.Any(r => r.Row(row.Path) is not null))
            {
                continue;
            }

            int[] columns = table.Id == TableId.Applications ? [NationalTemplate.TotalColumn] : [.. Enumerable.Range(0, row.Columns.Length)];
            foreach (var c in columns)
            {
                var label = row.Block is { } block ? $"{block} › {row.Label}" : row.HeaderPath;
                if (table.Id != TableId.Applications && row.Columns.Length > 1)
                {
                    label += " · " + row.Columns[c].Label;
                }

                yield return new SeriesRow(row.IsScalar ? row.Path : $"{row.Path}.{c + 1}", label, [.. CellsOf(row.Path, c, years)]);
            }
        }

        if (table.Id == TableId.Applications && years.Any(r => r.Row("applications.other_handling") is not null))
        {
            yield return new SeriesRow("applications.other_handling.7", "三、本年度办理结果 › （六）其他处理（2019 年格式）",
                [.. CellsOf("applications.other_handling", NationalTemplate.TotalColumn, years)]);
        }
    }

    private static IEnumerable<SeriesCell> CellsOf(string path, int column, List<Report> years)
    {
        decimal? previous = null;
        var hadPrevious = false;
        foreach (var report in years)
        {
            var row = report.Row(path);
            if (row is null)
            {
                yield return new SeriesCell(report.Year, MetricValue.Dash, null, ChangeDirection.None, "该年格式无此行");
                hadPrevious = false;
                continue;
            }

            var value = row[column];
            var text = value is null ? "空白" : TableViewBuilder.Format(value);
            var (change, direction) = hadPrevious ? Change(MetricKind.Volume, previous, value) : (null, ChangeDirection.None);
            yield return new SeriesCell(report.Year, text, change, direction);
            previous = value;
            hadPrevious = true;
        }
    }

    /// <summary>"+12（增加）", "−2.3 个百分点（下降）", "0（持平）"; null when either side has no value.</summary>
    public static (string? Text, ChangeDirection Direction) Change(MetricKind kind, decimal? before, decimal? after)
    {
        if (before is not { } a || after is not { } b)
        {
            return (null, ChangeDirection.None);
        }

        // Rates move by the difference of the shown (rounded) values, so the change adds up with what the reader sees.
        var delta = kind == MetricKind.Volume ? b - a : MetricValue.Round(b) - MetricValue.Round(a);
        var number = kind == MetricKind.Volume
            ? Math.Abs(delta).ToString("0.####", CultureInfo.InvariantCulture)
            : Math.Abs(delta).ToString("0.0", CultureInfo.InvariantCulture);
        var unit = kind == MetricKind.Rate ? " 个百分点" : "";
        var (up, down) = kind == MetricKind.Volume ? ("增加", "减少") : ("上升", "下降");
        return delta switch
        {
            > 0 => ($"+{number}{unit}（{up}）", ChangeDirection.Up),
            < 0 => ($"−{number}{unit}（{down}）", ChangeDirection.Down),
            _ => ($"0{unit}（持平）", ChangeDirection.Same),
        };
    }
}
