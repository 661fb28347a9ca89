using SiteGen.Core.Reports;

namespace SiteGen.Core.Site;

/// <summary>
/// What a page or data file is made from, as tags: when a report is edited, <c>sitegen serve</c> renders again only
/// the jobs that share a tag with it (issue 8). A job that names no tag is made from everything and is always made
/// again: forgetting a tag costs time, never a stale page.
/// </summary>
public static class Depends
{
    /// <summary>The tag of jobs made from the whole archive.</summary>
    public const string Everything = "*";

    public static string Report(Report report) => "report:" + report.SourcePath;

    public static string Agency(string agencyId) => "agency:" + agencyId;

    public static string Year(int year) => "year:" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Region(IEnumerable<string> region) => "region:" + string.Join("/", region);

    /// <summary>Every tag a report touches: its own, its agency's, its year's and each level of its region's.</summary>
    public static IEnumerable<string> On(Report report)
    {
        yield return Report(report);
        yield return Agency(report.Agency.Id);
        yield return Year(report.Year);
        for (var depth = 1; depth <= report.Agency.Region.Length; depth++)
        {
            yield return Region(report.Agency.Region.Take(depth));
        }
    }
}
