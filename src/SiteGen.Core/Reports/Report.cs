using System.Collections.Immutable;

namespace SiteGen.Core.Reports;

/// <summary>
/// One annual report as loaded from its content file: metadata, every table cell keyed by its front matter path
/// (<c>applications.withheld.state_secret</c>, see <see cref="NationalTemplate"/>), and the Markdown body.
/// Immutable: nothing after Load reads the content folder or YAML (a one-off build's bodies come back from its own
/// temporary file, <see cref="NarrativeStore"/>).
/// </summary>
public sealed record Report
{
    /// <summary>The content file, relative to the working folder, with forward slashes (content/henan/x.md).</summary>
    public required string SourcePath { get; init; }

    public required string Title { get; init; }

    public required Agency Agency { get; init; }

    /// <summary>The statistical year (1 Jan - 31 Dec), not the year of publication.</summary>
    public required int Year { get; init; }

    public DateOnly? Published { get; init; }

    public string? Source { get; init; }

    public required ReportFormat Format { get; init; }

    /// <summary>Every row the file has, keyed by <see cref="RowDef.Path"/>. A table the file lacks has no keys here.</summary>
    public required ReportCells Cells { get; init; }

    /// <summary>2019's 政府集中采购 amount, kept with its unit text as printed.</summary>
    public string? ProcurementAmount { get; init; }

    public ImmutableArray<ExtraRow> Extra { get; init; } = [];

    /// <summary>The Markdown body after the front matter; a one-off build reads it back from its temporary file at
    /// each call (<see cref="Narrative"/>), so a step should read it once.</summary>
    public string Body
    {
        get => Narrative.Text;
        init => Narrative = new NarrativeText(value);
    }

    /// <summary>The body as it is kept: in memory, or in a one-off build's temporary file (<see cref="NarrativeStore"/>).</summary>
    public NarrativeText Narrative { get; init; } = NarrativeText.Empty;

    /// <summary>The file line on which the body starts, so body diagnostics point at the right line.</summary>
    public int BodyLine { get; init; } = 1;

    /// <summary>Where each key path stands in the file, for diagnostics.</summary>
    public ReportPositions Positions { get; init; } = ReportPositions.Empty;

    /// <summary>The report's identity in the archive: one report per agency and year.</summary>
    public string Key => $"{Agency.Id}/{Year}";

    public ImmutableArray<TableDef> Tables => NationalTemplate.TablesFor(Format);

    public bool HasTable(TableId table) => Tables.Any(t => t.Id == table && t.Rows.Any(r => Cells.ContainsKey(r.Path)));

    public CellRow? Row(string path) => Cells.TryGetValue(path, out var row) ? row : null;

    public SourcePosition PositionOf(string path) => Positions.TryGetValue(path, out var p) ? p : SourcePosition.Unknown;
}
