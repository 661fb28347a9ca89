using SiteGen.Core.Reports;

namespace SiteGen.Core.Site;

/// <summary>
/// Which jobs a build must make again, from the reports of the last build and this one. Same report objects mean
/// unchanged files (see <see cref="Content.ContentCache"/>). An edit that keeps every report's place in the archive
/// (agency, year, names, region, title, format, whether it has tables) touches the tags of that report; anything else
/// (a file added, removed or moved to another agency or year) touches everything, and the output's manifest still
/// keeps unchanged files from being written.
/// </summary>
public sealed class ChangeScope
{
    private readonly HashSet<string>? _tags;

    private ChangeScope(HashSet<string>? tags, IReadOnlyList<(Report Old, Report New)> edited)
    {
        _tags = tags;
        Edited = edited;
    }

    /// <summary>A first build: every job.</summary>
    public static ChangeScope Everything { get; } = new(null, []);

    public bool IsEverything => _tags is null;

    /// <summary>The reports edited in place, old and new; empty when <see cref="IsEverything"/>.</summary>
    public IReadOnlyList<(Report Old, Report New)> Edited { get; }

    public static ChangeScope Between(IReadOnlyList<Report> before, IReadOnlyList<Report> after)
    {
        if (before.Count != after.Count)
        {
            return Everything;
        }

        var old = before.ToDictionary(r => r.SourcePath, StringComparer.Ordinal);
        var edited = new List<(Report, Report)>();
        foreach (var report in after)
        {
            if (!old.TryGetValue(report.SourcePath, out var was))
            {
                return Everything;
            }

            if (!ReferenceEquals(was, report))
            {
                if (!SamePlace(was, report))
                {
                    return Everything;
                }

                edited.Add((was, report));
            }
        }

        // Nothing edited: no job is made again (the theme's files are written anyway, and unchanged bytes stay).
        var tags = new HashSet<string>(StringComparer.Ordinal);
        if (edited.Count > 0)
        {
            tags.Add(Depends.Everything);
        }

        foreach (var (was, now) in edited)
        {
            tags.UnionWith(Depends.On(was));
            tags.UnionWith(Depends.On(now));
            tags.UnionWith(Depends.Figures(was, now));
            tags.UnionWith(Depends.RowsChanged(was, now));
        }

        return new ChangeScope(tags, edited);
    }

    /// <summary>Whether a job with these tags must be made again.</summary>
    public bool Touches(IReadOnlyList<string> tags)
    {
        if (_tags is null)
        {
            return true;
        }

        // A loop, not Any: an edit asks this of each of 82,000 jobs (10,000 reports).
        for (var i = 0; i < tags.Count; i++)
        {
            if (_tags.Contains(tags[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What lists, links and groups show of a report, and which pages it has; an edit that keeps these is an edit in
    /// place. A report with tables has a 逐项文字版 and a 分表版, one without has neither: leaving out every table, or
    /// adding the first, changes the site's pages (and its sitemap), not only the report's.
    /// </summary>
    private static bool SamePlace(Report a, Report b) =>
        a.Key == b.Key && a.Title == b.Title && a.Format == b.Format && a.Agency.Name == b.Agency.Name
        && a.Agency.Level == b.Agency.Level && a.Agency.Sector == b.Agency.Sector
        && a.Agency.Region.SequenceEqual(b.Agency.Region) && a.Published == b.Published
        && BarrierFree.CellLines.TablesOf(a).Any() == BarrierFree.CellLines.TablesOf(b).Any();
}
