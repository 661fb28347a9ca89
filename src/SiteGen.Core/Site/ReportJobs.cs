using System.Runtime.InteropServices;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Site;

/// <summary>
/// Under <c>sitegen serve</c>: each report's own jobs (its page, its 大字版, 逐项文字版 and 分表版, its data files), kept
/// with all they are made from. Those jobs read nothing else, so the plan after an edit takes them as they were for a
/// report whose object (the same object means the same file, <see cref="Content.ContentCache"/>), neighbouring years,
/// diagnostics and site are the same, and makes again only the others'. Making every report's jobs was most of the
/// plan that each edit paid for: 33-82 ms of its 47-115 at 10,000 reports.
/// </summary>
public sealed class ReportJobs
{
    private Dictionary<Report, Entry> _last = new(ReferenceEqualityComparer.Instance);
    private Dictionary<Report, Entry> _now = new(ReferenceEqualityComparer.Instance);

    /// <summary>How many reports' jobs the last plan took as they were, and how many it made (for tests and benchmarks).</summary>
    public (int Kept, int Made) LastPlan { get; private set; }

    private int _kept;
    private int _made;

    private sealed record Entry(Report? Previous, Report? Next, Diagnostic[] Diagnostics, SiteInfo Site, PageJob[] Pages, FileJob[] Files);

    /// <summary>
    /// Adds the report's jobs to the plan: the kept ones when nothing they are made from changed, else those that
    /// <paramref name="make"/> adds, which are then kept.
    /// </summary>
    internal void Add(Report report, Report? previous, Report? next, Diagnostic[] diagnostics, SiteInfo site, List<PageJob> pages, List<FileJob> files, Action make)
    {
        if (_last.TryGetValue(report, out var kept)
            && ReferenceEquals(kept.Previous, previous) && ReferenceEquals(kept.Next, next) && ReferenceEquals(kept.Site, site)
            && kept.Diagnostics.AsSpan().SequenceEqual(diagnostics))
        {
            pages.AddRange(kept.Pages);
            files.AddRange(kept.Files);
            _now[report] = kept;
            _kept++;
            return;
        }

        var (firstPage, firstFile) = (pages.Count, files.Count);
        make();
        _now[report] = new Entry(previous, next, diagnostics, site, CollectionsMarshal.AsSpan(pages)[firstPage..].ToArray(), CollectionsMarshal.AsSpan(files)[firstFile..].ToArray());
        _made++;
    }

    /// <summary>The plan is made: what it did not ask for (a report removed or edited) is forgotten.</summary>
    internal void PlanDone()
    {
        (_last, _now) = (_now, _last);
        _now.Clear();
        LastPlan = (_kept, _made);
        (_kept, _made) = (0, 0);
    }
}
