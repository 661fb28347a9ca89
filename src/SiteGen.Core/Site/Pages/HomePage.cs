namespace SiteGen.Core.Site.Pages;

public sealed record YearGroup(int Year, Link YearLink, IReadOnlyList<ReportSummary> Reports);

public sealed record RegionGroup(string Region, IReadOnlyList<ReportSummary> Reports);

/// <summary>The home page: reports by year (newest first) and by region.</summary>
public sealed record HomePage : Page
{
    public required int ReportCount { get; init; }

    public required int AgencyCount { get; init; }

    public required IReadOnlyList<YearGroup> ByYear { get; init; }

    public required IReadOnlyList<RegionGroup> ByRegion { get; init; }

    /// <summary>The archive-wide pages: comparisons, metric definitions, data downloads.</summary>
    public IReadOnlyList<Link> ArchiveLinks { get; init; } = [];
}
