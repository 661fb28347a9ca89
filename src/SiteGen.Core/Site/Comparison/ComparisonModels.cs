using SiteGen.Core.Site.Charts;
using SiteGen.Core.Site.Pages;

namespace SiteGen.Core.Site.Comparison;

/// <summary>A metric as a column heading: its name, unit and the 指标说明 entry that defines it.</summary>
public sealed record MetricColumn(string Id, string Name, string Unit, Link Guide);

/// <summary>One figure: the text shown ("63.6%" or "—") and a note read with it (小样本, 分母为 0), both formatted.</summary>
public sealed record MetricCell(string Text, string? Note);

/// <summary>One row of a comparison table: who (a link), the applications received, and one cell a metric.</summary>
public sealed record ComparisonRow(Link Label, string Detail, MetricCell Received, IReadOnlyList<MetricCell> Cells);

/// <summary>A table of groups × metrics, with the row of all groups summed under it.</summary>
public sealed record ComparisonTable(string Id, string Caption, string LabelHeading, IReadOnlyList<MetricColumn> Columns, IReadOnlyList<ComparisonRow> Rows, ComparisonRow? Total);

/// <summary>Every agency of one year side by side on the main figures, and one chart.</summary>
public sealed record YearComparisonPage : Page
{
    public required int Year { get; init; }

    public required ComparisonTable Table { get; init; }

    public required BarChart Chart { get; init; }

    public required Link Guide { get; init; }

    public required Link YearReports { get; init; }

    /// <summary>The same year ranked on each metric within peer groups.</summary>
    public IReadOnlyList<Link> Rankings { get; init; } = [];

    public Link? PreviousYear { get; init; }

    public Link? NextYear { get; init; }
}

/// <summary>One metric as the 指标说明 page explains it.</summary>
public sealed record MetricGuideEntry(string Id, string Name, string Kind, string Formula, string Unit, IReadOnlyList<string> Rows, IReadOnlyList<string> Caveats)
{
    /// <summary>The metric's ranking pages, newest year first.</summary>
    public IReadOnlyList<Link> Rankings { get; init; } = [];
}

/// <summary>指标说明: each metric's formula, the table rows it uses, and the caveats.</summary>
public sealed record MetricGuidePage : Page
{
    public required IReadOnlyList<MetricGuideEntry> Metrics { get; init; }

    public required IReadOnlyList<string> GeneralNotes { get; init; }
}

/// <summary>A province or city: every year's totals summed from its reports, rates from those sums.</summary>
public sealed record RegionPage : Page
{
    public required ComparisonTable ByYear { get; init; }

    /// <summary>The latest year, by city (on a province page) or by agency (on a city page).</summary>
    public required ComparisonTable Parts { get; init; }

    public required BarChart Chart { get; init; }

    public required IReadOnlyList<Link> SubRegions { get; init; }

    public required Link Guide { get; init; }
}

/// <summary>One agency in a ranking: its rank ("1", "2", "—" when it has no value), the figure and what it is made of.</summary>
public sealed record RankedRow(string Rank, Link Label, string Detail, MetricCell Value, string Numerator, string Denominator);

/// <summary>A peer group ranked on one metric, with the group's own figure from its summed counts.</summary>
public sealed record RankedGroup(string Id, string Caption, IReadOnlyList<RankedRow> Rows, RankedRow Total);

/// <summary>One metric in one year: agencies ranked within peer groups by sector and level, and by region.</summary>
public sealed record MetricYearPage : Page
{
    public required MetricColumn Metric { get; init; }

    public required string Formula { get; init; }

    public required int Year { get; init; }

    public required IReadOnlyList<RankedGroup> ByPeers { get; init; }

    public required IReadOnlyList<RankedGroup> ByRegion { get; init; }

    public required BarChart Chart { get; init; }

    public required IReadOnlyList<Link> OtherYears { get; init; }

    public required IReadOnlyList<Link> OtherMetrics { get; init; }
}

/// <summary>An agency the reader can pick on the compare page.</summary>
public sealed record CompareChoice(string Id, string Name, string Region);

/// <summary>
/// 比较: two to four agencies side by side over the years. The script reads <see cref="DataHref"/> (figures already
/// formatted by <see cref="CompareDataWriter"/>) and keeps the choice in the address; without it, the page offers the
/// prebuilt pages in <see cref="Prebuilt"/>.
/// </summary>
public sealed record ComparePage : Page
{
    public required IReadOnlyList<CompareChoice> Choices { get; init; }

    public required string DataHref { get; init; }

    public required string LinkPrefix { get; init; }

    public required string LinkSuffix { get; init; }

    public required IReadOnlyList<Link> Prebuilt { get; init; }

    public const int MinChoices = 2;

    public const int MaxChoices = 4;

    /// <summary>The query-string parameter that holds the chosen agency ids, comma-separated.</summary>
    public const string Parameter = "a";
}
