namespace SiteGen.Core.Site.Charts;

/// <summary>
/// One bar of a chart, its geometry already worked out in whole viewBox units: the theme only writes the SVG.
/// A value that cannot be computed has no bar and says why in <see cref="ValueText"/>.
/// </summary>
public sealed record ChartBar(string Label, string ValueText, string? Note, int Y, int TextY, int BarWidth)
{
    /// <summary>Where the value's text starts: after the bar, a little apart.</summary>
    public int ValueX => BarChart.LabelWidth + BarWidth + 6;
}

/// <summary>
/// A horizontal bar chart made at build time as inline SVG: a title, a one-sentence summary of what it shows, and
/// its numbers, which the theme also writes as a table beside it (a chart alone says nothing to a screen reader).
/// </summary>
public sealed record BarChart(string Id, string Title, string Summary, string LabelHeading, string ValueHeading, IReadOnlyList<ChartBar> Bars)
{
    // Room after the longest bar for a value with its note ("100.0%（小样本）", about 130 units at 15 px).
    public const int Width = 780;
    public const int LabelWidth = 300;
    public const int BarArea = 300;
    public const int RowHeight = 30;
    public const int BarHeight = 20;
    public const int Padding = 8;

    public int Height => (Padding * 2) + (Bars.Count * RowHeight);

    public string ViewBox => $"0 0 {Width} {Height}";

    /// <summary>Where a label ends (its text is right-aligned to it).</summary>
    public static int LabelEnd => LabelWidth - 8;
}
