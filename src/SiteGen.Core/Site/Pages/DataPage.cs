namespace SiteGen.Core.Site.Pages;

/// <summary>One downloadable file of the 数据下载 page: its link, format and what one line (or entry) of it is.</summary>
public sealed record DataFileEntry(Link Link, string Format, string Description);

/// <summary>One column of a data file as the page lists it.</summary>
public sealed record DataFieldEntry(string Name, string Type, string Description);

/// <summary>数据下载: the archive-wide files, their columns, and where the per-report files are.</summary>
public sealed record DataPage : Page
{
    public required IReadOnlyList<DataFileEntry> Files { get; init; }

    /// <summary>The metadata columns of reports.csv; the cell columns follow a rule the page states with examples.</summary>
    public required IReadOnlyList<DataFieldEntry> ReportFields { get; init; }

    public required int CellFieldCount { get; init; }

    /// <summary>Three cell columns of reports.csv, as examples of the naming rule.</summary>
    public required IReadOnlyList<DataFieldEntry> CellFieldExamples { get; init; }

    public required IReadOnlyList<DataFieldEntry> CellsFields { get; init; }

    /// <summary>A report page whose own CSV and JSON files show the per-report form; null in an archive without tables.</summary>
    public Link? ExampleReport { get; init; }
}
