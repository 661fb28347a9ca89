using SiteGen.Core.Reports;

namespace SiteGen.Core.Import;

/// <summary>
/// Reads table 三 (收到和处理政府信息公开申请情况) by row labels and column labels. Which applicant columns the table
/// has is told by its header and confirmed by how many numbers its rows carry: a header may lose 其他 while the rows
/// keep 7 numbers (seed 003), or the table may truly have no 其他 column (seed 002: 6 numbers, 其他 null throughout).
/// </summary>
public static class ApplicationsTableReader
{
    private const int Columns = 7;

    public static void Read(TableDef table, IReadOnlyList<CellToken> tokens, TablesBuilder into)
    {
        var sequence = RowSequenceReader.Read(tokens, table.Rows);
        if (sequence.Rows.Count == 0)
        {
            return;
        }

        into.Found(table.Id);
        var columns = PrintedColumns(tokens.Take(sequence.FirstRowToken).ToList(), sequence, into);
        foreach (var read in sequence.Rows)
        {
            var hit = read with { Values = CellToken.TrimSoft(read.Values, columns.Count) };
            var n = hit.Values.Count;
            if (n == Columns)
            {
                into.PlaceInOrder(hit);
            }
            else if (n == columns.Count)
            {
                Place(hit, columns, hit.Values, into);
            }
            else if (n == columns.Count - 1 && ColumnSum.Deduce(hit, columns, into.Log) is { } full)
            {
                Place(hit, columns, full, into);
            }
            else if (n == 0)
            {
                into.PlaceInOrder(hit);
            }
            else
            {
                into.Unplaced(hit, $"有 {n} 个单元格，但本表有 {columns.Count} 列（{string.Join("、", columns.Select(c => NationalTemplate.ApplicantColumns[c].Label))}）");
            }
        }

        into.AddExtras(table.Id, sequence);
    }

    private static void Place(RowHit hit, List<int> columns, IReadOnlyList<CellToken> values, TablesBuilder into)
    {
        var cells = new decimal?[Columns];
        for (var i = 0; i < columns.Count; i++)
        {
            cells[columns[i]] = CellConverter.Convert(hit.Row, columns[i], values[i], into.Log);
        }

        into.Add(new ImportedRow(hit.Row, [.. cells], hit.Line));
    }

    /// <summary>The template columns (indexes) the table prints, in order: by the header's labels, confirmed by the rows.</summary>
    private static List<int> PrintedColumns(List<CellToken> header, RowSequence sequence, TablesBuilder into)
    {
        var labels = NationalTemplate.ApplicantColumns;
        var inHeader = Enumerable.Range(0, Columns)
            .Where(c => header.Any(t => t.Kind == TokenKind.Text && (TextFold.Key(t.Text) == TextFold.Key(labels[c].Label))))
            .ToList();
        // Empty cells of a real table before a row's first number may be the rest of its label: not counted here.
        var counts = sequence.Rows.Select(r => r.Values.SkipWhile(v => v.Soft).Count()).Where(n => n > 0).ToList();
        var usual = counts.Count == 0 ? Columns : counts.GroupBy(n => n).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        if (usual >= Columns || inHeader.Count is 0 or Columns)
        {
            return [.. Enumerable.Range(0, Columns)];
        }

        var line = header.LastOrDefault()?.Line ?? sequence.Rows[0].Line;
        if (usual == inHeader.Count && inHeader.Contains(NationalTemplate.TotalColumn))
        {
            var missing = Enumerable.Range(0, Columns).Except(inHeader).Select(c => labels[c].Label);
            into.Log.Warning("IMPORT-COLUMNS", line, $"表三没有「{string.Join("、", missing)}」列（表头和各行都只有 {usual} 个数），各行该列已写 `null`。", "对照原报告核对：如有该列，重新复制该表。");
            return inHeader;
        }

        return [.. Enumerable.Range(0, Columns)];
    }
}
