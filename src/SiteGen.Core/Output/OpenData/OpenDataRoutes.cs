namespace SiteGen.Core.Output.OpenData;

/// <summary>The archive-wide data files' names, all under <see cref="Site.Routes.Data"/>.</summary>
public static class OpenDataRoutes
{
    public const string ReportsCsvName = "reports.csv";

    /// <summary>
    /// The long table comes a file a year: 10,000 reports make 2.5 million cells, more rows than a spreadsheet opens, and
    /// an edit under <c>sitegen serve</c> then rewrites one year's file, not the archive's.
    /// </summary>
    public static string CellsCsvName(int year) => $"cells-{year.ToString(System.Globalization.CultureInfo.InvariantCulture)}.csv";

    /// <summary>How the data page and the guide name the yearly files together.</summary>
    public const string CellsCsvPattern = "cells-年度.csv";
    public const string ReportsJsonName = "reports.json";
    public const string DataPackageName = "datapackage.json";
}
