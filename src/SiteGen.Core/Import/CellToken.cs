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
}
