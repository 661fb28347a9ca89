using System.Collections.Immutable;
using SiteGen.Core.Reports;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Core.Content;

/// <summary>
/// Reads one national table from front matter by the paths of <see cref="NationalTemplate"/>: nested mappings for
/// row groups, a list per row with exactly the table's columns, a scalar for single-number rows.
/// </summary>
internal sealed class TableReader(
    YamlNodes yaml,
    ReportCells.Builder cells,
    ReportPositions.Builder positions)
{
    /// <summary>Reads the table; returns 2019's procurement amount text when the table has it.</summary>
    public string? Read(TableDef table, YamlNode tableNode)
    {
        if (yaml.Mapping(tableNode, table.YamlKey) is not { } map)
        {
            return null;
        }

        positions[table.YamlKey] = new SourcePosition(yaml.LineOf(tableNode), yaml.ColumnOf(tableNode));
        var relative = table.Rows.Select(r => (Row: r, Keys: r.Path.Split('.')[1..])).ToList();
        return ReadLevel(map, table.YamlKey, relative, 0);
    }

    private string? ReadLevel(YamlMappingNode map, string path, List<(RowDef Row, string[] Keys)> rows, int depth)
    {
        string? amount = null;
        var known = rows.Select(r => r.Keys[depth]).Distinct().ToList();
        yaml.RejectUnknownKeys(map, path, known);
        foreach (var key in known)
        {
            var below = rows.Where(r => r.Keys[depth] == key).ToList();
            var childPath = $"{path}.{key}";
            var node = yaml.Child(map, key);
            if (node is null)
            {
                var example = below[0].Keys.Length > depth + 1 ? "（其下各行，缩进书写）" : Example(below[0].Row);
                yaml.Diagnostics.Fatal("MISSING-KEY", yaml.LineOf(map), yaml.ColumnOf(map), $"缺少 `{childPath}`（{Label(below[0].Row, depth)}）。", $"补上 `{key}: {example}`；原表空白的单元格写 `null`。");
                continue;
            }

            if (below.Count == 1 && below[0].Keys.Length == depth + 1)
            {
                var found = ReadRow(below[0].Row, node);
                amount ??= found;
            }
            else if (yaml.Mapping(node, childPath) is { } childMap)
            {
                var found = ReadLevel(childMap, childPath, below, depth + 1);
                amount ??= found;
            }
        }

        return amount;
    }

    private static string Label(RowDef row, int depth) => depth + 1 < row.Path.Split('.').Length - 1 && row.Parents.Length > 0 ? row.Parents[^1] : row.Label;

    private static string Example(RowDef row) =>
        row.IsScalar ? "0" : "[" + string.Join(", ", row.Columns.Select(_ => "0")) + "]";

    private string? ReadRow(RowDef row, YamlNode node)
    {
        positions[row.Path] = new SourcePosition(yaml.LineOf(node), yaml.ColumnOf(node));
        if (row.Path == "disclosure_2019.procurement")
        {
            return ReadProcurement(row, node);
        }

        if (row.IsScalar)
        {
            if (node is YamlScalarNode && yaml.TryCell(node, row.Path, out var single) && CheckSign(row, 0, single, node))
            {
                cells.Add(row.Path, [single]);
            }
            else if (node is not YamlScalarNode)
            {
                yaml.Error(node, "TYPE", $"`{row.Path}`（{row.Label}）是一个数，不是列表。", $"写成 `{row.Key}: 0`，填上报告中的数字。");
            }

            return null;
        }

        if (node is not YamlSequenceNode list || list.Children.Count != row.Columns.Length)
        {
            var got = node is YamlSequenceNode l ? $"实际为 {l.Children.Count} 个" : "实际写的不是列表";
            yaml.Error(node, "TYPE", $"`{row.Path}`（{row.Label}）应有 {row.Columns.Length} 个数（{string.Join("、", row.Columns.Select(c => c.Label))}），{got}。", $"按上述列的顺序写成 `{row.Key}: {Example(row)}`；空白单元格写 `null`。");
            return null;
        }

        var values = new decimal?[row.Columns.Length];
        var ok = true;
        for (var i = 0; i < values.Length; i++)
        {
            ok &= yaml.TryCell(list.Children[i], $"{row.Path}[{i + 1}]", out values[i], row.Columns[i].Label) &&
                  CheckSign(row, i, values[i], list.Children[i]);
        }

        if (ok)
        {
            cells.Add(row.Path, values);
        }

        return null;
    }

    /// <summary>NONNEG: counts are whole numbers ≥ 0 (2019's 本年增/减 may be negative); fees ≥ 0.</summary>
    private bool CheckSign(RowDef row, int column, decimal? value, YamlNode node)
    {
        if (value is not { } v)
        {
            return true;
        }

        var kind = row.Columns[column].Kind;
        var label = $"`{row.Path}`（{row.Label} · {row.Columns[column].Label}）";
        if (kind != CellKind.Money && v != decimal.Truncate(v))
        {
            yaml.Error(node, "NONNEG", $"{label}是件数，应为整数，而不是 {v}。", "照原报告抄录数字；件数没有小数。");
            return false;
        }

        if (kind != CellKind.SignedCount && v < 0)
        {
            yaml.Error(node, "NONNEG", $"{label}不能为负数（{v}）。", "照原报告抄录数字；只有 2019 版的“本年增/减”列可以为负。");
            return false;
        }

        if (Math.Abs(v) > 1_000_000_000_000m)
        {
            yaml.Error(node, "TYPE", $"{label}为 {v}，大得不像真实数字。", "与原报告核对这个数字；可能丢了分隔符。");
            return false;
        }

        return true;
    }

    private string? ReadProcurement(RowDef row, YamlNode node)
    {
        if (yaml.Mapping(node, row.Path) is not { } map)
        {
            return null;
        }

        yaml.RejectUnknownKeys(map, row.Path, ["items", "amount"]);
        if (yaml.Child(map, "items") is { } items && yaml.TryCell(items, row.Path + ".items", out var count) && CheckSign(row, 0, count, items))
        {
            cells.Add(row.Path, [count]);
        }

        return yaml.Child(map, "amount") is { } amount && !yaml.IsNull(amount) ? yaml.String(amount, row.Path + ".amount") : null;
    }
}
