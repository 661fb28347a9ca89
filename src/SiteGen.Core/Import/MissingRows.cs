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
                log.Error("IMPORT-MISSING", found[first]!.Line, $"表{table.Number}从中间的「{table.Rows[first].Label}」行开始，复制的内容缺少它前面的 {before.Count} 行：{List(before)}。已写 `null`。", "从原报告中该表的标题起重新复制，或手工填入数字。");
            }

            if (between.Count > 0)
            {
                log.Error("IMPORT-MISSING", found[last]!.Line, $"表{table.Number}在「{table.Rows[first].Label}」和「{table.Rows[last].Label}」之间缺少 {between.Count} 行：{List(between)}。已写 `null`。", "在原报告中找到这些行（行名可能印错或丢失），手工填入数字。");
            }

            if (after.Count > 0)
            {
                log.Error("IMPORT-MISSING", found[last]!.Line, $"表{table.Number}在「{table.Rows[last].Label}」之后中断，复制的内容缺少其后的 {after.Count} 行：{List(after)}。已写 `null`。", "复制的内容可能不完整：从原报告复制该表的其余部分，或手工填入数字。");
            }
        }
    }

    /// <summary>A table with no row read: said to stand before the copy's first table, after its last one, or between.</summary>
    private static void NameTable(ImportedTables imported, IReadOnlyList<TableDef> tables, int t, int lastLine, ImportLog log)
    {
        var table = tables[t];
        var what = $"表{table.Number}「{table.Caption}」";
        // A table found with no row read is written with its rows blank; one not found at all is left out of the file.
        var done = imported.Found.Contains(table.Id) ? "各行已写 `null`。" : "未写入该表。";
        var earlier = FirstRead(imported, tables.Take(t).Reverse(), last: true);
        var later = FirstRead(imported, tables.Skip(t + 1), last: false);
        if (earlier is null && later is not null)
        {
            log.Error("IMPORT-MISSING", later.Line, $"{what}不在导入的文件中：复制的内容从它之后才开始（读到的第一行是表{Number(tables, later)}的「{later.Row.Label}」）。{done}", "从报告开头起复制，或对照原报告手工填入该表。");
        }
        else if (earlier is not null && later is null)
        {
            log.Error("IMPORT-MISSING", earlier.Line, $"{what}不在导入的文件中：复制的内容在它之前就结束了（读到的最后一行是表{Number(tables, earlier)}的「{earlier.Row.Label}」）。{done}", "复制的内容可能不完整：从原报告复制其余部分，或手工填入该表。");
        }
        else if (earlier is not null && later is not null)
        {
            log.Error("IMPORT-MISSING", later.Line, $"在表{Number(tables, earlier)}和表{Number(tables, later)}之间没有找到{what}。{done}", "该表可能是以图片粘贴的，或行名已丢失：从原报告重新复制，或手工填入。");
        }
        else
        {
            log.Error("IMPORT-MISSING", lastLine, $"导入的文件中没有找到{what}。{done}", "复制的内容可能不完整，或该表是以图片粘贴的：从原报告重新复制该表，或手工填入。");
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
