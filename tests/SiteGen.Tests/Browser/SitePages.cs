namespace SiteGen.Tests.Browser;

/// <summary>One page of each kind the theme renders, taken from the real content (周口市住建局 2024).</summary>
public static class SitePages
{
    public const string Home = "/";
    public const string Report = "/reports/zhoukou-zjj/2024/";
    public const string Agency = "/agencies/zhoukou-zjj/";
    public const string Year = "/years/2024/";
    public const string NotFound = "/404.html";
    public const string Search = "/search/";
    public const string TextView = "/reports/zhoukou-zjj/2024/text/";
    public const string SplitTables = "/reports/zhoukou-zjj/2024/tables/";
    public const string LargeType = "/reports/zhoukou-zjj/2024/large/";
    public const string Accessibility = "/accessibility/";
    public const string Data = "/data/";
    public const string YearComparison = "/compare/2024/";
    public const string MetricGuide = "/metrics/";
    public const string Compare = "/compare/";
    public const string CompareWithChoice = "/compare/?a=zhoukou-zjj,xinxiang-zjj";
    public const string MetricYear = "/metrics/disclosure-rate/2024/";

    /// <summary>河南省汇总, the folder name percent-encoded as a browser sends it.</summary>
    public const string Region = "/regions/%E6%B2%B3%E5%8D%97%E7%9C%81/";

    /// <summary>
    /// The report page with the reader's high-contrast choice remembered: <see cref="BrowserFixture.OpenAsync"/> stores
    /// it before the page loads, so the page opens in the palette a reader would see.
    /// </summary>
    public const string ReportHighContrast = "/reports/zhoukou-zjj/2024/#high-contrast";

    /// <summary>The search page with a query in its address, so axe and the layout checks see results and marks.</summary>
    public const string SearchWithResults = "/search/?q=%E8%A1%8C%E6%94%BF%E5%A4%8D%E8%AE%AE";

    /// <summary>Desktop, and the narrowest width WCAG 1.4.10 (Reflow) asks for: 320 CSS px.</summary>
    public const int Wide = 1280;
    public const int Narrow = 320;

    /// <summary>One page of every kind and view, for the checks that run on each.</summary>
    public static readonly string[] Kinds =
    [
        Home, Report, Agency, Year, NotFound, SearchWithResults, TextView, SplitTables, LargeType, Accessibility, Data,
        YearComparison, MetricGuide, MetricYear, Region, CompareWithChoice,
    ];

    public static TheoryData<string> OnePerKind() => [.. Kinds];
}
