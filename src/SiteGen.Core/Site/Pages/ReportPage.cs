using SiteGen.Core.Site.Tables;

namespace SiteGen.Core.Site.Pages;

/// <summary>A data-quality notice: a failed identity or a warning, with both sides of the sum in its text.</summary>
public sealed record Notice(string Code, string Kind, string Message, bool IsError);

/// <summary>One national section of a report page: its heading, anchor, narrative HTML and tables.</summary>
public sealed record SectionView(int Number, string Id, string Heading, string Html, IReadOnlyList<TableView> Tables, bool MissingFromText);

/// <summary>A fact of the report's metadata, shown as a description list.</summary>
public sealed record Fact(string Name, string Value, string? Href = null);

/// <summary>A report page: the narrative in national section order with tables where their sections stand.</summary>
public sealed record ReportPage : Page
{
    public required IReadOnlyList<Fact> Facts { get; init; }

    /// <summary>Narrative that precedes the first section, if any.</summary>
    public required string PreambleHtml { get; init; }

    public required IReadOnlyList<SectionView> Sections { get; init; }

    public required IReadOnlyList<Notice> Notices { get; init; }

    public Link? PreviousYear { get; init; }

    public Link? NextYear { get; init; }

    /// <summary>The report's other views and its data files.</summary>
    public required ReportViews Views { get; init; }

    /// <summary>
    /// By section number, where that section's table stands in the 分表版 and the 逐项文字版: a wide table's
    /// narrow-screen hint links there.
    /// </summary>
    public IReadOnlyDictionary<int, IReadOnlyList<Link>> TableElsewhere { get; init; } = new Dictionary<int, IReadOnlyList<Link>>();

    /// <summary>The id of the element whose text the read-aloud buttons read: the report's own text, not the navigation.</summary>
    public const string ReadAloudSourceId = "report-text";

    public bool HasBlankCells => Sections.Any(s => s.Tables.Any(t => t.HasBlank));
}
