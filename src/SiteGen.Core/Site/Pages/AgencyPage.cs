namespace SiteGen.Core.Site.Pages;

/// <summary>One agency: its facts and every report it published, newest first.</summary>
public sealed record AgencyPage : Page
{
    public required IReadOnlyList<Fact> Facts { get; init; }

    public required IReadOnlyList<ReportSummary> Reports { get; init; }

    /// <summary>The metrics and table rows year by year, with changes; empty when no report has tables.</summary>
    public IReadOnlyList<SeriesTable> Series { get; init; } = [];

    /// <summary>Cross-year warnings (X-CARRY, X-STOCK, COPY) where they fail.</summary>
    public IReadOnlyList<CrossYearNotice> CrossYear { get; init; } = [];

    public Link? MetricGuide { get; init; }
}

/// <summary>Every agency of the archive, by region.</summary>
public sealed record AgencyIndexPage : Page
{
    public required IReadOnlyList<RegionGroup> ByRegion { get; init; }
}

/// <summary>One statistical year: every agency's report side by side.</summary>
public sealed record YearPage : Page
{
    public required IReadOnlyList<ReportSummary> Reports { get; init; }

    public Link? PreviousYear { get; init; }

    public Link? NextYear { get; init; }

    /// <summary>The same year's agencies side by side on the main metrics; null when no report of the year has tables.</summary>
    public Link? Comparison { get; init; }
}

/// <summary>The page a host shows for a missing address.</summary>
public sealed record NotFoundPage : Page;
