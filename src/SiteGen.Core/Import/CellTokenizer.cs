using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Core.Import;

/// <summary>
/// Turns table lines into cells in reading order. A row's cells are its real or flattened cells; a line that is not a
/// row (PDF copies put one cell per line, or a label and its numbers separated by spaces) is split into its label and
/// the numbers at its end. Empty cells around a row's numbers are layout (a label spanning two columns, a trailing
/// tab); an empty cell between two numbers is a blank cell.
/// </summary>
public static partial class CellTokenizer
{
    /// <summary>Is this line table material, not narrative? Rows always; other lines when short and without a full stop.</summary>
    public static bool IsTableLine(SourceLine line) =>
        line.Kind == LineKind.Row || (line.Kind == LineKind.Paragraph && TextFold.Squeeze(line.Text) is var t && t.Length <= 60 && !t.Contains('。'));

    public static List<CellToken> Tokenize(SourceLine line)
    {
        var cells = line.Kind == LineKind.Row ? line.Cells : SplitTrailingNumbers(line.Text);
        var raw = cells.Select(c => Classify(c, line.Line)).ToList();
        var label = raw.FindLastIndex(t => t is { Kind: TokenKind.Text });
        // A real table row keeps its empty cells after the label (258 12 空 空 1 1 空); a row with none filled stays
        // a row with no numbers, as in a copy.
        var gridBlanks = line.Grid && raw.Skip(label + 1).Any(t => t is { IsValue: true });
        var tokens = new List<CellToken>();
        for (var i = 0; i < raw.Count; i++)
        {
            if (raw[i] is { } token)
            {
                tokens.Add(token);
            }
            else if (gridBlanks && i > label)
            {
                tokens.Add(new CellToken(TokenKind.Blank, "", null, "", line.Line) { Soft = true });
            }
            else if (PreviousIsValue(raw, i) && NextIsValue(raw, i))
            {
                tokens.Add(new CellToken(TokenKind.Blank, "", null, "", line.Line));
            }
        }

        return tokens;
    }

    private static bool PreviousIsValue(List<CellToken?> raw, int i)
    {
        for (var j = i - 1; j >= 0; j--)
        {
            if (raw[j] is { } t)
            {
                return t.IsValue;
            }
        }

        return false;
    }

    private static bool NextIsValue(List<CellToken?> raw, int i)
    {
        for (var j = i + 1; j < raw.Count; j++)
        {
            if (raw[j] is { } t)
            {
                return t.IsValue;
            }
        }

        return false;
    }

    /// <summary>A cell as a token; null for an empty cell.</summary>
    public static CellToken? Classify(string cell, int line)
    {
        var text = TextFold.Nfkc(cell).Trim();
        if (text.Length == 0)
        {
            return null;
        }

        if (BlankMark().IsMatch(text))
        {
            return new CellToken(TokenKind.Blank, text, null, "", line);
        }

        if (NumberCell().Match(text) is { Success: true } m &&
            decimal.TryParse(m.Groups["num"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            var signed = m.Groups["sign"].Value == "-" ? -value : value;
            return new CellToken(TokenKind.Number, text, signed, m.Groups["unit"].Value, line) { Garbled = m.Groups["lost"].Success };
        }

        return new CellToken(TokenKind.Text, text, null, "", line);
    }

    private static IReadOnlyList<string> SplitTrailingNumbers(string text)
    {
        var folded = TextFold.Nfkc(text).Trim();
        var parts = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = parts.Length;
        while (first > 0 && Classify(parts[first - 1], 0) is { IsValue: true })
        {
            first--;
        }

        if (first == parts.Length)
        {
            return [folded];
        }

        var cells = new List<string>();
        if (first > 0)
        {
            cells.Add(string.Join(' ', parts[..first]));
        }

        cells.AddRange(parts[first..]);
        return cells;
    }

    [GeneratedRegex(@"^(?:/+|\\|-{1,2}|—+|–|―+|_+|无|無|空|×)$")]
    private static partial Regex BlankMark();

    // A '?' (or U+FFFD) before a number is a character the copy could not encode (a mirror site prints "? 0"): the
    // number is still read, and the cell flagged so the editor is told.
    [GeneratedRegex(@"^(?<lost>[?\uFFFD]+\s*)?(?<sign>[+-])?\s*(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?<unit>万元|元|亿元|件|项|个|条|次|起|人次|家)?$")]
    private static partial Regex NumberCell();
}
