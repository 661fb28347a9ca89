using System.Collections.Immutable;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Import;

/// <summary>Collects the rows the table readers place, for one import; the first placement of a row wins.</summary>
public sealed class TablesBuilder(ImportLog log)
{
    private readonly Dictionary<string, ImportedRow> _rows = new(StringComparer.Ordinal);
    private readonly List<ImportedExtra> _extra = [];
    private readonly HashSet<TableId> _found = [];

    public ImportLog Log { get; } = log;

    public string? ProcurementAmount { get; set; }

    public void Found(TableId table) => _found.Add(table);

    public void Add(ImportedRow row)
    {
        if (_rows.TryGetValue(row.Row.Path, out var first))
        {
            Log.Warning("IMPORT-REPEATED", row.Line, $"「{row.Row.Label}」再次出现（第一次在第 {first.Line} 行），后一次已忽略。", "检查复制的内容中是否有重复的表。");
            return;
        }

        _rows[row.Row.Path] = row;
    }

    public void AddExtra(ImportedExtra extra) => _extra.Add(extra);

    public ImportedTables Build(ReportFormat format) =>
        new(format, _rows.ToImmutableDictionary(StringComparer.Ordinal), [.. _extra], [.. _found], ProcurementAmount);

    /// <summary>Puts printed cells on a row when their count equals its columns; otherwise nulls and an error naming the cells.</summary>
    public void PlaceInOrder(RowHit hit)
    {
        var row = hit.Row;
        hit = hit with { Values = CellToken.TrimSoft(hit.Values, row.Columns.Length) };
        var n = hit.Values.Count;
        if (n == row.Columns.Length)
        {
            Add(new ImportedRow(row, [.. hit.Values.Select((v, i) => CellConverter.Convert(row, i, v, Log))], hit.Line));
            return;
        }

        if (n == 0)
        {
            Log.Warning("IMPORT-BLANK", hit.Line, $"「{row.Label}」行名后没有数字，该行各单元格已写 `null`。", "如原表此行有数字，重新复制；`null` 表示空白，不等于 0。");
            Add(new ImportedRow(row, [.. row.Columns.Select(_ => (decimal?)null)], hit.Line, "原表空白"));
            return;
        }

        Unplaced(hit, $"有 {n} 个单元格，但该行有 {row.Columns.Length} 列（{string.Join("、", row.Columns.Select(c => c.Label))}）");
    }

    /// <summary>The cells of a row could not be put under their columns: nulls, and an error that shows them as printed.</summary>
    public void Unplaced(RowHit hit, string why)
    {
        var printed = string.Join(" ", hit.Values.Select(v => v.Shown));
        Log.Error("IMPORT-CELLS", hit.Line, $"「{hit.Row.Label}」{why}，复制的内容为 `{printed}`。无法把单元格对应到各列，已写 `null`。", "对照原报告找到该行，把数字逐列填入文件。");
        Add(new ImportedRow(hit.Row, [.. hit.Row.Columns.Select(_ => (decimal?)null)], hit.Line, $"无法对应到各列（复制的内容为 {printed}）"));
    }

    /// <summary>Extra rows keep the column labels of the row printed just before them when the count fits.</summary>
    public void AddExtras(TableId table, RowSequence sequence)
    {
        foreach (var extra in sequence.Extra)
        {
            var before = sequence.Rows.LastOrDefault(r => r.Line <= extra.Line);
            var columns = before is not null && before.Row.Columns.Length == extra.Values.Count
                ? before.Row.Columns.Select(c => c.Label).ToImmutableArray()
                : [.. extra.Values.Select((_, i) => $"第{i + 1}列")];
            var values = extra.Values.Select(v => v.Kind == TokenKind.Number ? v.Value : null).ToImmutableArray();
            Log.Warning("IMPORT-EXTRA", extra.Line, $"「{extra.Label}」不是国家模板中的行，已连同 `{string.Join(" ", extra.Values.Select(v => v.Shown))}` 保存在 `extra` 下。", "有的省份会增加行；如果这是行名印错的国家模板行，把数字移到该行。");
            AddExtra(new ImportedExtra(table, extra.Label, columns, values, extra.Line));
        }

        foreach (var stray in sequence.Strays)
        {
            Log.Error("IMPORT-STRAY", stray.Line, $"数字 `{stray.Shown}` 不在任何行名之后，无法放入表中。", "对照原报告核对：它可能属于行名在复制时丢失的某一行。");
        }
    }
}
