namespace SiteGen.Core.Import;

/// <summary>What a table cell holds once read.</summary>
public enum TokenKind
{
    /// <summary>A label: a row or column heading, a group label, or other words.</summary>
    Text,

    /// <summary>A number as printed (full-width folded, sign and unit kept apart).</summary>
    Number,

    /// <summary>A cell the original leaves blank or fills with "/", "-" or "无": null, never a silent 0.</summary>
    Blank,
}

/// <summary>One cell of a table in reading order, with the input line it came from.</summary>
public sealed record CellToken(TokenKind Kind, string Text, decimal? Value, string Unit, int Line)
{
    public bool IsValue => Kind != TokenKind.Text;

    /// <summary>The cell as printed, for diagnostics and comments.</summary>
    public string Shown => Kind == TokenKind.Blank ? (Text.Length == 0 ? "空" : Text) : Text;

    /// <summary>
    /// An empty cell of a real table after its row's label: a blank cell where the row needs it to fill its columns,
    /// layout where the row already has them all (the rest of a label spread over two cells, an empty last column).
    /// </summary>
    public bool Soft { get; init; }

    /// <summary>A number printed after a character lost in copying ('?' or U+FFFD, as in "? 0"): read, and reported.</summary>
    public bool Garbled { get; init; }

    /// <summary>The cells without the soft blanks that go past <paramref name="count"/>: those before the first filled cell, then those at the end.</summary>
    public static List<CellToken> TrimSoft(List<CellToken> cells, int count)
    {
        var start = 0;
        var end = cells.Count;
        while (end - start > count && cells[start].Soft)
        {
            start++;
        }

        while (end - start > count && cells[end - 1].Soft)
        {
            end--;
        }

        return start == 0 && end == cells.Count ? cells : cells[start..end];
    }
}
