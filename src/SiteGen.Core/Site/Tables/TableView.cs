namespace SiteGen.Core.Site.Tables;

/// <summary>A header cell with the id that data cells name in their <c>headers</c> attribute (WCAG 1.3.1, technique H43).</summary>
public sealed record HeaderCell(string Id, string Text, int ColSpan, int RowSpan, string Scope);

/// <summary>A data cell: its text, the ids of all its headers (column path, then row path), and whether the original left it blank.</summary>
public sealed record DataCell(string Text, string Headers, bool Blank, bool Numeric);

public sealed record BodyRow(IReadOnlyList<HeaderCell> Headers, IReadOnlyList<DataCell> Cells);

/// <summary>
/// A table laid out for HTML: header rows with spans, body rows with their row headers. Built from the template's
/// header paths, so the theme only writes the cells it is given.
/// </summary>
public sealed record TableView(string Id, string Caption, IReadOnlyList<IReadOnlyList<HeaderCell>> Head, IReadOnlyList<BodyRow> Body)
{
    public bool HasBlank => Body.Any(r => r.Cells.Any(c => c.Blank));

    /// <summary>More than three number columns: on a phone the table scrolls sideways, and the theme says so.</summary>
    public bool IsWide => Body.Count > 0 && Body[0].Cells.Count > 3;
}
