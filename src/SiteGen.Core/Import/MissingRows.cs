using SiteGen.Core.Reports;

namespace SiteGen.Core.Import;

/// <summary>
/// Names what the copy lacks, as precisely as the rows it has allow: a copy that starts mid-report lacks the rows
/// before its first one, a copy that is cut off lacks those after its last one, and a table with no row at all lies
/// before, after or between the tables that were read. Each diagnostic names the input line where the gap shows.
/// </summary>
public static class MissingRows
{
    public static void Name(ImportedTables imported, IReadOnlyList<TableDef> tables, int lastLine, ImportLog log)
    {
        for (var t = 0; t < tables.Count; t++)
        {
            var table = tables[t];
            var found = table.Rows.Select(r => imported.Rows.GetValueOrDefault(r.Path)).ToList();
            if (!imported.Found.Contains(table.Id) || found.All(r => r is null))
            {
                NameTable(imported, tables, t, lastLine, log);
                continue;
            }

            var first = found.FindIndex(r => r is not null);
            var last = found.FindLastIndex(r => r is not null);
            var before = table.Rows.Take(first).ToList();
            var after = table.Rows.Skip(last + 1).ToList();
            var between = table.Rows.Where((r, i) => i > first && i < last && found[i] is null).ToList();
            if (before.Count > 0)
            {
                log.Error("IMPORT-MISSING", found[first]!.Line, $"table {table.Number} starts mid-table at 「{table.Rows[first].Label}」: the copy lacks the {before.Count} row(s) before it: {List(before)}. Written null.", "The copy starts after the table's beginning: copy the table from its heading in the original, or type the numbers in.");
            }

            if (between.Count > 0)
            {
                log.Error("IMPORT-MISSING", found[last]!.Line, $"table {table.Number} lacks {between.Count} row(s) between 「{table.Rows[first].Label}」 and 「{table.Rows[last].Label}」: {List(between)}. Written null.", "Look these rows up in the original (their labels may be misprinted or lost) and type their numbers in.");
            }

            if (after.Count > 0)
            {
                log.Error("IMPORT-MISSING", found[last]!.Line, $"table {table.Number} is cut off after 「{table.Rows[last].Label}」: the copy lacks the {after.Count} row(s) after it: {List(after)}. Written null.", "The copy may be cut off: copy the rest of the table from the original, or type the numbers in.");
            }
        }
    }

    /// <summary>A table with no row read: said to stand before the copy's first table, after its last one, or between.</summary>
    private static void NameTable(ImportedTables imported, IReadOnlyList<TableDef> tables, int t, int lastLine, ImportLog log)
    {
        var table = tables[t];
        var what = $"table {table.Number}「{table.Caption}」";
        var earlier = FirstRead(imported, tables.Take(t).Reverse(), last: true);
        var later = FirstRead(imported, tables.Skip(t + 1), last: false);
        if (earlier is null && later is not null)
        {
            log.Error("IMPORT-MISSING", later.Line, $"{what} is not in the input: the copy starts after it (its first row read is 「{later.Row.Label}」 of table {Number(tables, later)}). Written null.", "Copy the report from its beginning, or type the table in from the original.");
        }
        else if (earlier is not null && later is null)
        {
            log.Error("IMPORT-MISSING", earlier.Line, $"{what} is not in the input: the copy ends before it (its last row read is 「{earlier.Row.Label}」 of table {Number(tables, earlier)}). Written null.", "The copy may be cut off: copy the rest of the report from the original, or type the table in.");
        }
        else if (earlier is not null && later is not null)
        {
            log.Error("IMPORT-MISSING", later.Line, $"{what} was not found between table {Number(tables, earlier)} and table {Number(tables, later)}. Written null.", "The table may be pasted as an image or its labels lost: copy it again from the original, or type it in.");
        }
        else
        {
            log.Error("IMPORT-MISSING", lastLine, $"{what} was not found in the input.", "The copy may be cut off or the table pasted as an image: copy the table again from the original, or type it in.");
        }
    }

    private static ImportedRow? FirstRead(ImportedTables imported, IEnumerable<TableDef> tables, bool last)
    {
        foreach (var table in tables)
        {
            var rows = table.Rows.Select(r => imported.Rows.GetValueOrDefault(r.Path)).Where(r => r is not null).ToList();
            if (rows.Count > 0)
            {
                return last ? rows[^1] : rows[0];
            }
        }

        return null;
    }

    private static string Number(IReadOnlyList<TableDef> tables, ImportedRow row) => tables.First(t => t.Id == row.Row.Table).Number;

    private static string List(IEnumerable<RowDef> rows) => string.Join("；", rows.Select(r => r.HeaderPath));
}
