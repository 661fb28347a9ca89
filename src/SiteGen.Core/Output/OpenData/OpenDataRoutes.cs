namespace SiteGen.Core.Output.OpenData;

/// <summary>The archive-wide data files' names, all under <see cref="Site.Routes.Data"/>.</summary>
public static class OpenDataRoutes
{
    public const string ReportsCsvName = "reports.csv";
    public const string CellsCsvName = "cells.csv";
    public const string ReportsJsonName = "reports.json";
    public const string DataPackageName = "datapackage.json";
}
