using SiteGen.Core.Reports;

namespace SiteGen.Core.Import;

/// <summary>A template row found in the input: the label's line and the cells that follow it.</summary>
public sealed record RowHit(RowDef Row, int Line, List<CellToken> Values);

/// <summary>Words followed by numbers where no template row is: a provincial extra row, kept under <c>extra</c>.</summary>
public sealed record ExtraHit(string Label, int Line, List<CellToken> Values);

/// <summary>What <see cref="RowSequenceReader"/> found in one table: its rows, extra rows, stray numbers and where the first row began.</summary>
public sealed record RowSequence(List<RowHit> Rows, List<ExtraHit> Extra, List<CellToken> Strays, int FirstRowToken);

/// <summary>
/// Reads a table as a sequence of cells: a row label, then its numbers until the next label. Labels are matched to
/// the template's rows in the template's order, so a label that lost its indentation (3. 其他) or its group cell
/// still lands on its row, while a column header (总计, 其他) printed before the first row names nothing. Group labels
/// ((三) 不予公开) may stand on any sub-row: they are skipped wherever they are.
/// </summary>
public static class RowSequenceReader
{
    /// <summary>How many rows ahead of the last one found a label that only resembles its row may land.</summary>
    private const int Window = 4;

    public static RowSequence Read(IReadOnlyList<CellToken> tokens, IReadOnlyList<RowDef> rows)
    {
        var groups = rows.SelectMany(r => r.Parents).Distinct().ToList();
        var hits = new List<RowHit>();
        var extras = new List<ExtraHit>();
        var strays = new List<CellToken>();
        RowHit? current = null;
        ExtraHit? extra = null;
        var cursor = 0;
        var firstRowToken = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.IsValue)
            {
                (current?.Values ?? extra?.Values ?? (firstRowToken >= 0 ? strays : null))?.Add(token);
                continue;
            }

            if (groups.Any(g => TextFold.Core(g) == TextFold.Core(token.Text) || TextFold.Key(g) == TextFold.Key(token.Text)))
            {
                if (current is { Values.Count: > 0 })
                {
                    current = null;
                }

                extra = null;
                continue;
            }

            if (Match(tokens, i, rows, cursor) is { } match)
            {
                current = new RowHit(rows[match.Row], token.Line, []);
                hits.Add(current);
                cursor = match.Row + 1;
                firstRowToken = firstRowToken < 0 ? i : firstRowToken;
                extra = null;
                i += match.Consumed - 1;
                continue;
            }

            if (current is { Values.Count: 0 })
            {
                continue; // the rest of a label broken over two cells or lines
            }

            current = null;
            extra = firstRowToken >= 0 ? new ExtraHit(token.Text, token.Line, []) : null;
            if (extra is not null)
            {
                extras.Add(extra);
            }
        }

        return new RowSequence(hits, [.. extras.Where(e => e.Values.Count > 0)], strays, firstRowToken);
    }

    private static (int Row, int Consumed)? Match(IReadOnlyList<CellToken> tokens, int at, IReadOnlyList<RowDef> rows, int cursor)
    {
        (int Row, int Consumed, double Score)? best = null;
        var text = "";
        for (var consumed = 1; consumed <= 3 && at + consumed - 1 < tokens.Count; consumed++)
        {
            var token = tokens[at + consumed - 1];
            if (token.IsValue)
            {
                break;
            }

            // A fragment joins the label before it only if it names no row by itself: 法律服务机构 (a header cell)
            // followed by 一、本年新收… must not become one label.
            if (consumed > 1 && Enumerable.Range(cursor, rows.Count - cursor).Any(k => LabelMatcher.Score(token.Text, rows[k].Label) >= 0.75))
            {
                break;
            }

            text += token.Text;
            for (var k = cursor; k < rows.Count; k++)
            {
                var score = LabelMatcher.Score(text, rows[k].Label);
                var near = k < cursor + Window;
                if ((score >= LabelMatcher.Exact || (near && score >= LabelMatcher.Weak)) &&
                    (best is null || score > best.Value.Score + 0.001))
                {
                    best = (k, consumed, score);
                }
            }
        }

        return best is { } b ? (b.Row, b.Consumed) : null;
    }
}
