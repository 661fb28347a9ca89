using SiteGen.Core.Site.Pages;

namespace SiteGen.Core.Site.BarrierFree;

/// <summary>逐项文字版: every number of the report's tables on its own line, under its table's title.</summary>
public sealed record TextViewPage : Page
{
    public required ReportViews Views { get; init; }

    public required IReadOnlyList<TableLines> Tables { get; init; }
}

/// <summary>分表版: the report's tables as simple tables, one per row group.</summary>
public sealed record SplitTablesPage : Page
{
    public required ReportViews Views { get; init; }

    public required IReadOnlyList<SplitTableGroup> Groups { get; init; }

    /// <summary>By group (one national table), where that table stands in the 逐项文字版: a wide table's hint links there.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Link>> TextElsewhere { get; init; } = new Dictionary<string, IReadOnlyList<Link>>();

    public bool HasBlankCells => Groups.Any(g => g.Tables.Any(t => t.HasBlank));
}

/// <summary>A text size the reader can choose: its percentage of the browser's own size, and its name.</summary>
public sealed record TextScale(int Percent, string Name)
{
    /// <summary>100/125/150/200 %: 200 % is what WCAG 1.4.4 asks to survive; 150 % is the 大字版's fixed size.</summary>
    public static readonly IReadOnlyList<TextScale> All = [new(100, "标准"), new(125, "大"), new(150, "较大"), new(200, "特大")];

    public const int LargeType = 150;
}

/// <summary>无障碍声明: a fixed text, with the links it needs resolved for its route.</summary>
public sealed record AccessibilityPage : Page
{
    /// <summary>An example report's views, so the statement can point at each of them.</summary>
    public ReportViews? Example { get; init; }
}
