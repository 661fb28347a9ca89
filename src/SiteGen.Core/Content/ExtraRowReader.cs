using System.Collections.Immutable;
using SiteGen.Core.Reports;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Core.Content;

/// <summary>
/// Reads <c>extra:</c>, the rows a provincial variant adds to a national table:
/// <c>- { table: 二, label: 其他主动公开文件, columns: [本年新制作数量, …], values: [1, 2, 3] }</c>.
/// </summary>
internal static class ExtraRowReader
{
    private static readonly string[] Keys = ["table", "label", "columns", "values"];

    public static ImmutableArray<ExtraRow> Read(YamlNodes yaml, YamlNode node)
    {
        if (node is not YamlSequenceNode list)
        {
            yaml.Error(node, "TYPE", "`extra` 应为若干行组成的列表。", "每行写成 `- { table: 二, label: …, columns: […], values: […] }`。");
            return [];
        }

        var rows = ImmutableArray.CreateBuilder<ExtraRow>();
        foreach (var item in list.Children)
        {
            if (yaml.Mapping(item, "extra[]") is not { } map)
            {
                continue;
            }

            yaml.RejectUnknownKeys(map, "extra[]", Keys);
            var table = yaml.Required(map, "table", "extra[]", "二") is { } t ? yaml.String(t, "extra[].table") : null;
            var label = yaml.Required(map, "label", "extra[]", "其他主动公开文件") is { } l ? yaml.String(l, "extra[].label") : null;
            var columns = yaml.Required(map, "columns", "extra[]", "[本年新制作数量]") as YamlSequenceNode;
            var values = yaml.Required(map, "values", "extra[]", "[0]") as YamlSequenceNode;
            TableId? id = table switch { "二" or "2" => TableId.Disclosure, "三" or "3" => TableId.Applications, "四" or "4" => TableId.Appeals, _ => null };
            if (id is null && table is not null)
            {
                yaml.Error(map, "TYPE", $"`extra[].table` 的值 `{table}` 不是模板中的表。", "写 `二`、`三` 或 `四`。");
            }

            if (columns is null || values is null || columns.Children.Count != values.Children.Count)
            {
                yaml.Error(item, "TYPE", "增列的行需要长度相同的 `columns` 和 `values` 两个列表。", "列出各列的列名，每列对应一个数值。");
                continue;
            }

            var cells = new decimal?[values.Children.Count];
            var ok = true;
            for (var i = 0; i < cells.Length; i++)
            {
                ok &= yaml.TryCell(values.Children[i], $"extra[].values[{i + 1}]", out cells[i]);
            }

            if (ok && id is not null && label is not null)
            {
                var names = columns.Children.Select(c => (c as YamlScalarNode)?.Value ?? "").ToImmutableArray();
                rows.Add(new ExtraRow(id.Value, label, names, new CellRow([.. cells])));
            }
        }

        return rows.ToImmutable();
    }
}
