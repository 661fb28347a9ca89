using SiteGen.Core.Reports;

namespace SiteGen.Core.Import;

/// <summary>
/// Reads table 四 (行政复议、行政诉讼). The national layout prints the three groups side by side: a two-row header,
/// then one row of 15 numbers, placed by the order in which the header names the groups (行政复议, 未经复议直接起诉,
/// 复议后起诉) and the result columns (结果维持 … 总计). A copy laid out with one group per row (a label followed by its
/// five numbers) is read by those labels instead.
/// </summary>
public static class AppealsTableReader
{
    public static void Read(TableDef table, IReadOnlyList<CellToken> tokens, TablesBuilder into)
    {
        var groups = table.Rows;
        var columns = NationalTemplate.AppealColumns.Select(c => c.Label).ToList();
        if (ByRows(tokens, groups) is { Count: > 0 } rows)
        {
            into.Found(table.Id);
            foreach (var hit in rows)
            {
                var order = ColumnOrder(tokens, columns);
                into.PlaceInOrder(hit with { Values = Reorder(hit.Values, order) });
            }

            return;
        }

        // Empty cells of a real table that come before its last label belong to header rows, not to the numbers.
        var lastLabel = tokens.ToList().FindLastIndex(t => t.Kind == TokenKind.Text);
        var values = CellToken.TrimSoft([.. tokens.Where((t, i) => t.IsValue && !(t.Soft && i < lastLabel))], groups.Length * NationalTemplate.AppealColumns.Length);
        if (values.Count == 0)
        {
            // The table is printed (its group labels are there) but its cells are empty: blank, as an empty row is.
            foreach (var group in groups)
            {
                if (tokens.FirstOrDefault(t => t.Kind == TokenKind.Text && TextFold.Core(t.Text) == TextFold.Core(group.Label)) is { } label)
                {
                    into.Found(table.Id);
                    into.PlaceInOrder(new RowHit(group, label.Line, []));
                }
            }

            return;
        }

        into.Found(table.Id);
        var groupOrder = LabelOrder(tokens, groups.Select(g => g.Label).ToList());
        var columnOrder = ColumnOrder(tokens, columns);
        var width = columns.Count;
        for (var g = 0; g < groups.Length; g++)
        {
            var row = groups[groupOrder[g]];
            var slice = values.Skip(g * width).Take(width).ToList();
            var line = slice.FirstOrDefault()?.Line ?? values[^1].Line;
            if (slice.Count == width)
            {
                into.PlaceInOrder(new RowHit(row, line, Reorder(slice, columnOrder)));
            }
            else
            {
                into.Log.Error("IMPORT-MISSING", line, $"表四应有 {groups.Length * width} 个单元格，复制的内容只有 {values.Count} 个：「{row.HeaderPath}」{(slice.Count == 0 ? "缺失" : "不完整")}，已写 `null`。", "复制的内容可能不完整：从原报告重新复制表四，或手工填入数字。");
                into.Add(new ImportedRow(row, [.. row.Columns.Select(_ => (decimal?)null)], line, "导入的文件中没有"));
            }
        }

        foreach (var extra in values.Skip(groups.Length * width))
        {
            into.Log.Error("IMPORT-STRAY", extra.Line, $"表四应有 {groups.Length * width} 个单元格，复制的内容却有 {values.Count} 个：`{extra.Shown}` 无法放入表中。", "对照原报告检查是否多出一列，或有数字复制了两次。");
        }
    }

    /// <summary>One group per row: each group label directly followed by numbers.</summary>
    private static List<RowHit> ByRows(IReadOnlyList<CellToken> tokens, System.Collections.Immutable.ImmutableArray<RowDef> groups)
    {
        var hits = new List<RowHit>();
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            if (tokens[i].Kind == TokenKind.Text && tokens[i + 1].IsValue &&
                groups.FirstOrDefault(g => LabelMatcher.Score(tokens[i].Text, g.Label) >= 0.9) is { } group)
            {
                hits.Add(new RowHit(group, tokens[i].Line, [.. tokens.Skip(i + 1).TakeWhile(t => t.IsValue)]));
            }
        }

        return hits;
    }

    /// <summary>The template index of each printed position: by where the header first names each label, else the template's order.</summary>
    private static int[] LabelOrder(IReadOnlyList<CellToken> tokens, List<string> labels)
    {
        var firstAt = labels.Select(l => tokens.ToList().FindIndex(t => t.Kind == TokenKind.Text && TextFold.Core(t.Text) == TextFold.Core(l))).ToList();
        return firstAt.All(i => i >= 0) && firstAt.Distinct().Count() == labels.Count
            ? [.. Enumerable.Range(0, labels.Count).OrderBy(i => firstAt[i])]
            : [.. Enumerable.Range(0, labels.Count)];
    }

    private static int[] ColumnOrder(IReadOnlyList<CellToken> tokens, List<string> columns) => LabelOrder(tokens, columns);

    /// <summary>Printed cells to template column order.</summary>
    private static List<CellToken> Reorder(List<CellToken> printed, int[] order)
    {
        if (printed.Count != order.Length)
        {
            return printed;
        }

        var result = new CellToken[order.Length];
        for (var p = 0; p < order.Length; p++)
        {
            result[order[p]] = printed[p];
        }

        return [.. result];
    }
}
