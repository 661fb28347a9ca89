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
            Log.Warning("IMPORT-REPEATED", row.Line, $"「{row.Row.Label}」 appears again (first on line {first.Line}): the second is ignored.", "Check that the copy does not hold the table twice.");
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
            Log.Warning("IMPORT-BLANK", hit.Line, $"「{row.Label}」 has no numbers after its label: every cell written null.", "If the original has numbers in this row, copy them again; null means blank, never 0.");
            Add(new ImportedRow(row, [.. row.Columns.Select(_ => (decimal?)null)], hit.Line, "blank in the original"));
            return;
        }

        Unplaced(hit, $"{n} cells for {row.Columns.Length} columns ({string.Join("、", row.Columns.Select(c => c.Label))})");
    }

    /// <summary>The cells of a row could not be put under their columns: nulls, and an error that shows them as printed.</summary>
    public void Unplaced(RowHit hit, string why)
    {
        var printed = string.Join(" ", hit.Values.Select(v => v.Shown));
        Log.Error("IMPORT-CELLS", hit.Line, $"「{hit.Row.Label}」: {why}; printed [{printed}]. The cells could not be placed: written null.", "Look the row up in the original and type its numbers into the file, one per column.");
        Add(new ImportedRow(hit.Row, [.. hit.Row.Columns.Select(_ => (decimal?)null)], hit.Line, $"could not be placed: printed {printed}"));
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
            Log.Warning("IMPORT-EXTRA", extra.Line, $"「{extra.Label}」 is not a row of the national table: kept under extra with [{string.Join(" ", extra.Values.Select(v => v.Shown))}].", "Provincial variants add rows; if this is a national row with a misprinted label, move its numbers to that row.");
            AddExtra(new ImportedExtra(table, extra.Label, columns, values, extra.Line));
        }

        foreach (var stray in sequence.Strays)
        {
            Log.Error("IMPORT-STRAY", stray.Line, $"the number '{stray.Shown}' stands under no row label: it could not be placed.", "Check the original: it may belong to a row whose label was lost in copying.");
        }
    }
}
