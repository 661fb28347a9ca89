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

    public static string Agency(string agencyId) => $"agencies/{agencyId}/";

    public const string Agencies = "agencies/";

    public static string Year(int year) => $"years/{year}/";

    /// <summary>The file a route is written to, relative to the output folder.</summary>
    public static string FileOf(string route) => route.Length == 0 || route.EndsWith('/') ? route + "index.html" : route;
}
