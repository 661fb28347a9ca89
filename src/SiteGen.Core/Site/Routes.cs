using SiteGen.Core.Reports;

namespace SiteGen.Core.Site;

/// <summary>
/// Every URL of the site, decided here and nowhere else. A route is a path below the site root: a folder
/// ("reports/zhoukou-zjj/2024/", written as its index.html) or a file ("404.html").
/// </summary>
public static class Routes
{
    public const string Home = "";

    public const string NotFound = "404.html";

    public const string Stylesheet = "assets/site.css";

    public const string Search = "search/";

    public const string TokenizerScript = "assets/tokenizer.js";

    public const string SearchEngineScript = "assets/search-engine.js";

    public const string SearchScript = "assets/search.js";

    public static string Report(string agencyId, int year) => $"reports/{agencyId}/{year}/";

    /// <summary>逐项文字版: every number of the report's tables on its own line with its full header path.</summary>
    public static string ReportText(string agencyId, int year) => $"{Report(agencyId, year)}text/";

    /// <summary>分表版: the multi-level tables split into simple tables, one per row group.</summary>
    public static string ReportSplitTables(string agencyId, int year) => $"{Report(agencyId, year)}tables/";

    /// <summary>大字版: the report page at a large text scale, for readers without JavaScript (the chooser needs it).</summary>
    public static string ReportLargeType(string agencyId, int year) => $"{Report(agencyId, year)}large/";

    /// <summary>One CSV per national table (zhoukou-zjj-2024-table-3.csv), named so a downloaded file says what it is.</summary>
    public static string ReportCsv(string agencyId, int year, TableId table) =>
        $"{Report(agencyId, year)}{agencyId}-{year}-table-{TableNumber(table)}.csv";

    /// <summary>One JSON file per report with every table in it.</summary>
    public static string ReportJson(string agencyId, int year) => $"{Report(agencyId, year)}{agencyId}-{year}.json";

    /// <summary>无障碍声明: the standard claimed, how it is tested, known limits, how to report a barrier.</summary>
    public const string Accessibility = "accessibility/";

    /// <summary>Applies the reader's remembered text size and contrast; loaded in the head of every page.</summary>
    public const string DisplayScript = "assets/display.js";

    /// <summary>Read-aloud with the browser's own speechSynthesis; report pages only.</summary>
    public const string ReadAloudScript = "assets/read-aloud.js";

    public static string Agency(string agencyId) => $"agencies/{agencyId}/";

    public const string Agencies = "agencies/";

    public static string Year(int year) => $"years/{year}/";

    /// <summary>指标说明: each metric's formula, the table rows it uses and its caveats; one anchor a metric.</summary>
    public const string MetricGuide = "metrics/";

    /// <summary>比较: the reader picks two to four agencies; the choice is kept in the address (?a=id1,id2).</summary>
    public const string Compare = "compare/";

    /// <summary>The figures the compare page's script lays out: every agency's metrics year by year, formatted.</summary>
    public const string CompareData = "compare/data.json";

    public const string CompareScript = "assets/compare.js";

    /// <summary>One year: every agency side by side on the main figures.</summary>
    public static string YearComparison(int year) => $"compare/{year}/";

    /// <summary>One metric in one year: agencies ranked within their peer groups (sector and level; region).</summary>
    public static string MetricYear(string metricId, int year) => $"metrics/{metricId}/{year}/";

    /// <summary>A province or city: totals summed from its reports, year by year. The folder names are the region's own.</summary>
    public static string Region(IEnumerable<string> region) => "regions/" + string.Concat(region.Select(r => r + "/"));

    /// <summary>数据下载: what the archive-wide data files hold and how to read them.</summary>
    public const string Data = "data/";

    /// <summary>An archive-wide data file (reports.csv, cells-2024.csv, reports.json, datapackage.json).</summary>
    public static string DataFile(string name) => Data + name;

    private static int TableNumber(TableId table) => table switch
    {
        TableId.Disclosure => 2,
        TableId.Applications => 3,
        _ => 4,
    };

    /// <summary>The file a route is written to, relative to the output folder.</summary>
    public static string FileOf(string route) => route.Length == 0 || route.EndsWith('/') ? route + "index.html" : route;
}
