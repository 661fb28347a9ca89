using System.Collections.Immutable;

namespace SiteGen.Core.Import;

/// <summary>What a line of the input is, as far as its form tells.</summary>
public enum LineKind
{
    /// <summary>Running text (which may still be a table cell flattened to its own line).</summary>
    Paragraph,

    /// <summary>A heading the form marks as one (Markdown #, HTML h1-h6, a Word heading style).</summary>
    Heading,

    /// <summary>A table row with its cells: a real table row, or a line flattened with tabs or pipes.</summary>
    Row,
}

/// <summary>
/// One line of the input in the common model every form is read into: its 1-based line in the input (for .docx,
/// the paragraph or table row number in document order), its kind, its text and, for a row, its cells as printed.
/// </summary>
public sealed record SourceLine(int Line, LineKind Kind, string Text, ImmutableArray<string> Cells, int HeadingLevel = 0)
{
    /// <summary>True when a blank line (or a block boundary) comes before it: a new paragraph starts here.</summary>
    public bool AfterBreak { get; init; } = true;

    /// <summary>
    /// True for a row of a real table (HTML, Word): every cell is there, so an empty cell after the row's label is a
    /// blank cell of the table, not a trailing tab or a spanning label as in text flattened by a copy.
    /// </summary>
    public bool Grid { get; init; }

    public static SourceLine Paragraph(int line, string text, bool afterBreak = true) => new(line, LineKind.Paragraph, text, [text]) { AfterBreak = afterBreak };

    public static SourceLine Heading(int line, string text, int level) => new(line, LineKind.Heading, text, [text], level);

    public static SourceLine Row(int line, IEnumerable<string> cells)
    {
        var list = cells.ToImmutableArray();
        return new(line, LineKind.Row, string.Join("\t", list), list);
    }
}
