using SiteGen.Core.Reports;

namespace SiteGen.Core.Import;

/// <summary>
/// Deduces the one cell a copied row of table 三 lost, when the table's own sum leaves no choice. T3-COLSUM says
/// 总计 = the applicant columns added; if every position the lost cell could have had gives the same full row, that
/// row is certain (seed 002: a row of zeros that lost one cell is all zeros wherever the cell stood). Otherwise the
/// cells are not placed. The editor is told either way.
/// </summary>
public static class ColumnSum
{
    public static IReadOnlyList<CellToken>? Deduce(RowHit hit, List<int> columns, ImportLog log)
    {
        if (hit.Values.Any(v => v.Kind != TokenKind.Number) || columns[^1] != NationalTemplate.TotalColumn)
        {
            return null;
        }

        var printed = hit.Values.Select(v => v.Value!.Value).ToList();
        var results = new List<decimal[]>();
        for (var lost = 0; lost < columns.Count; lost++)
        {
            var row = new decimal[columns.Count];
            var p = 0;
            for (var c = 0; c < columns.Count; c++)
            {
                row[c] = c == lost ? 0 : printed[p++];
            }

            var applicants = row[..^1].Sum();
            if (lost == columns.Count - 1)
            {
                row[^1] = applicants;
            }
            else
            {
                row[lost] = row[^1] - applicants;
            }

            if (row[lost] >= 0 && !results.Any(r => r.SequenceEqual(row)))
            {
                results.Add(row);
            }
        }

        if (results.Count != 1)
        {
            return null;
        }

        var full = results[0];
        log.Warning("IMPORT-DEDUCED", hit.Line,
            $"「{hit.Row.Label}」有 {columns.Count} 列，只复制到 {printed.Count} 个数；无论丢失的是哪一格，按“总计 = 各申请人列之和”（T3-COLSUM），该行都是 `[{string.Join(", ", full.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)))}]`，已照此写入。",
            "对照原报告核对该行。");
        return [.. full.Select(v => new CellToken(TokenKind.Number, v.ToString(System.Globalization.CultureInfo.InvariantCulture), v, "", hit.Line))];
    }
}
