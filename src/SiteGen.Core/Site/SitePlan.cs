namespace SiteGen.Core.Site;

/// <summary>One page to render: its route and how to build its model. Models are built when rendered, so a plan of
/// 10,000 pages holds no page in memory before its turn.</summary>
public sealed record PageJob(string Route, Func<Pages.Page> Build)
{
    /// <summary>What the page is made from (<see cref="Depends"/>); by default, everything.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [Depends.Everything];
}

/// <summary>One data file to write (a table as CSV, a report as JSON): its route and how to make its bytes.</summary>
public sealed record FileJob(string Route, Func<byte[]> Build)
{
    /// <summary>What the file is made from (<see cref="Depends"/>); by default, everything.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [Depends.Everything];
}

/// <summary>Every page and data file of the site, decided from the whole archive before anything is rendered.</summary>
public sealed record SitePlan(IReadOnlyList<PageJob> Pages)
{
    public IReadOnlyList<FileJob> Files { get; init; } = [];
}
