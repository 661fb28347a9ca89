namespace SiteGen.Core.Site.Pages;

/// <summary>
/// The other forms of one report, linked from each of them: the standard page, the barrier-free views and the data
/// files. A view the report lacks (a report without tables has no text view) is null; the current view's own link
/// is left out by the planner, so no page links to itself.
/// </summary>
public sealed record ReportViews(
    Link? Standard,
    Link? Text,
    Link? SplitTables,
    Link? LargeType,
    IReadOnlyList<Link> Downloads);
