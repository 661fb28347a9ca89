namespace SiteGen.Core.Site.Pages;

/// <summary>A list entry with how many reports it leads to ("2024 年度", 1,412 份).</summary>
public sealed record CountedLink(Link Link, int Reports);

public sealed record RegionGroup(string Region, IReadOnlyList<ReportSummary> Reports);

/// <summary>
/// The home page: where to go, not the whole archive. Years (newest first) and regions lead to pages that list their
/// reports, and the newest reports are shown; a list of every report would be megabytes at 10,000 reports.
/// </summary>
public sealed record HomePage : Page
{
    public required int ReportCount { get; init; }

    public required int AgencyCount { get; init; }

    public required IReadOnlyList<CountedLink> Years { get; init; }

    /// <summary>Provinces and cities; each leads to its summary page, or to the agency list where it has none.</summary>
    public required IReadOnlyList<CountedLink> Regions { get; init; }

    /// <summary>The reports of the newest year, a few, for the visitor who came for this year's.</summary>
    public required IReadOnlyList<ReportSummary> Latest { get; init; }

    /// <summary>The archive-wide pages: comparisons, metric definitions, data downloads.</summary>
    public IReadOnlyList<Link> ArchiveLinks { get; init; } = [];
}
