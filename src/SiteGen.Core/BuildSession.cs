using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using SiteGen.Core.Content;
using SiteGen.Core.Output;
using SiteGen.Core.Rendering;
using SiteGen.Core.Reports;
using SiteGen.Core.Search;
using SiteGen.Core.Search.Lunr;
using SiteGen.Core.Site;
using SiteGen.Core.Validation;

namespace SiteGen.Core;

/// <summary>
/// The pipeline, one step a line: load, validate, plan, render and write, then move the changed files in. Data flows
/// one way; a step that finds the content unusable stops the build before anything is written, and the last good
/// site stays. A session remembers what it loaded, checked and wrote, so that under <c>sitegen serve</c> the next
/// build reads only edited files and renders only the pages that show them (issue 8); <c>sitegen build</c> uses a
/// fresh session, and both give the same bytes.
/// </summary>
/// <param name="serving">
/// True under <c>sitegen serve</c>: the search index is kept in memory so that an edit updates only its files. A
/// one-off build leaves it out, which saves the memory.
/// </param>
public sealed class BuildSession(ITheme theme, BuildOptions options, bool serving = false)
{
    private readonly ContentCache _content = new();

    // A one-off build's reports keep their bodies here, out of the heap; the session's reports refer to it, so it lives
    // as long as the session (its file is removed when the process ends). Made at the first build, so that a temporary
    // folder without room is that build's error.
    private NarrativeStore? _bodies;
    private readonly ValidationCache _validation = new();
    private IReadOnlyList<Report>? _lastReports;
    private ulong _lastRoutes; // the last build's plan's RoutesDigest
    private BuiltFiles? _manifest;
    private List<string> _sitemaps = [];
    private SearchIndexState? _search;
    private Dictionary<Report, SearchDocument> _searchDocuments = new(ReferenceEqualityComparer.Instance);

    // Under serve: one site for the session, so that each report's jobs kept between plans see the same one.
    private SiteInfo? _site;
    private readonly ReportJobs? _reportJobs = serving ? new ReportJobs() : null;

    /// <summary>How many reports' own jobs the last plan kept and made (under serve; for tests and benchmarks).</summary>
    public (int Kept, int Made) LastPlanReports => _reportJobs?.LastPlan ?? (0, 0);

    public BuildResult Build(IProgress<BuildProgress>? progress = null)
    {
        var timings = ImmutableArray.CreateBuilder<StepTiming>();
        var clock = Stopwatch.StartNew();
        void Step(string name)
        {
            timings.Add(new StepTiming(name, clock.Elapsed));
            progress?.Report(new BuildProgress(name, 0, 0));
            clock.Restart();
        }

        _bodies ??= serving ? null : new NarrativeStore();
        var loaded = ContentLoader.Load(options.ContentDir, _content, _bodies);
        Step("load");
        if (loaded.HasStoppingErrors)
        {
            return new BuildResult(loaded.Diagnostics, false, loaded.Reports.Length, 0, timings.ToImmutable());
        }

        var diagnostics = loaded.Diagnostics.AddRange(ReportValidator.Validate(loaded.Reports, _validation));
        Step("validate");

        var site = _site ?? new SiteInfo(options.SiteTitle, options.BaseUrl, new LinkResolver(options.BasePath, options.LinkStyle)) { Contact = options.Contact, LiveReloadScript = options.LiveReloadScript };
        _site = serving ? site : null;
        // Under serve the whole documents are kept, for updates; a one-off build plans with their facts alone, and its
        // index makes each whole document when it reads it (SearchIndexState.BuildOnce).
        var searchDocuments = serving ? loaded.Reports.Select(SearchDocumentFor).ToList() : loaded.Reports.Select(SearchDocumentBuilder.Facts).ToList();
        var plan = SitePlanner.Plan(loaded.Reports, diagnostics, site, searchDocuments, forEdits: serving, _reportJobs);
        var scope = _lastReports is null || _manifest is null ? ChangeScope.Everything : ChangeScope.Between(_lastReports, loaded.Reports);
        Step("plan");

        // An edit in place keeps the last build's table of files and changes only what it makes or removes, which is
        // right only if the plan has the same routes: a report's table CSVs, for one, come and go with its rows.
        var routes = serving ? plan.RoutesDigest() : 0; // a one-off build is never in place
        using var output = OutputFolder.Open(options.OutputDir, _manifest, out var refusal, inPlace: !scope.IsEverything && routes == _lastRoutes);
        if (output is null)
        {
            return new BuildResult(diagnostics, false, loaded.Reports.Length, 0, timings.ToImmutable(), refusal);
        }

        var pages = plan.Pages.Where(job => Included(job.Route) && Make(job.Tags, job.Route, page: true)).ToList();
        Render(plan.Files.Where(job => Included(job.Route) && Make(job.Tags, job.Route, page: false)).ToList(), pages, output, editing: !scope.IsEverything, progress);

        Step(scope.IsEverything ? "render" : $"render ({pages.Count} of {plan.Pages.Count} pages)");
        if (!serving)
        {
            PhaseEnd.Collect(loaded.Reports.Length);
        }

        // Held aside until the commit: a build that fails after an update leaves no half-updated index behind.
        var search = _search;
        _search = null;
        if (!options.WithSearchIndex)
        {
            search = null;
        }
        else if (search is not null && !scope.IsEverything && !options.LunrExport)
        {
            UpdateSearch(search, scope, searchDocuments, output);
            Step("search (update)");
        }
        else
        {
            var reports = loaded.Reports;
            SearchDocument Whole(int number) => serving ? searchDocuments[number] : SearchDocumentBuilder.Build(reports[number], number);
            void Write(string path, byte[] bytes) => output.Write(path, bytes);
            if (serving)
            {
                search = SearchIndexState.Build(searchDocuments, Write, options.SearchIndex, part => Step("search: " + part), keepForUpdates: true);
            }
            else
            {
                SearchIndexState.BuildOnce(searchDocuments, Whole, Write, options.SearchIndex, part => Step("search: " + part));
            }

            if (options.LunrExport)
            {
                using var lunr = new MemoryStream();
                LunrIndexWriter.Write(lunr, Enumerable.Range(0, searchDocuments.Count).Select(Whole).Select(LunrDocuments.From));
                output.Write(LunrDocuments.Route, lunr.ToArray());
            }

            Step("search");
        }

        foreach (var asset in theme.Assets)
        {
            output.Write(asset.Route, asset.Content);
        }

        // An edit in place keeps every page's address: the sitemap stays as it was.
        var sitemaps = _sitemaps;
        if (!scope.IsEverything && sitemaps.Count > 0 && sitemaps.All(output.Has))
        {
            sitemaps.ForEach(route => output.Keep(route));
        }
        else
        {
            sitemaps = [];
            foreach (var (route, content) in SitemapWriter.Write(plan.Pages.Select(p => p.Route), site))
            {
                output.Write(route, content);
                sitemaps.Add(route);
            }
        }

        output.Write(AtomFeedWriter.Route, AtomFeedWriter.Write(loaded.Reports, site));
        output.WriteText("robots.txt", $"User-agent: *\nAllow: /\nSitemap: {site.AbsoluteUrl("sitemap.xml")}\n");
        // Until the commit is done, the output is not what the last manifest says: a failure here makes the next
        // build read the manifest from disk and compare every file again.
        _manifest = null;
        var changes = output.Commit();
        _manifest = output.Manifest;
        _lastReports = loaded.Reports;
        _lastRoutes = routes;
        _search = serving ? search : null;
        _sitemaps = sitemaps;
        _searchDocuments = serving ? new(loaded.Reports.Zip(searchDocuments, KeyValuePair.Create), ReferenceEqualityComparer.Instance) : new(ReferenceEqualityComparer.Instance);
        Step("write");
        return new BuildResult(diagnostics, true, loaded.Reports.Length, plan.Pages.Count, timings.ToImmutable()) { Changes = changes, PagesRendered = pages.Count, Rendered = [.. pages.Select(p => p.Route)] };

        // A job outside the change scope keeps its file as it is, if the output has it. In place, every route of the
        // plan is in the output's table already (the routes are the last build's): nothing to look up.
        bool Make(IReadOnlyList<string> tags, string route, bool page) =>
            scope.Touches(tags) || (!output.InPlace && !output.Keep(page ? Routes.FileOf(route) : route));

        bool Included(string route) => options.Include?.Invoke(route) != false;
    }

    /// <summary>
    /// An edit in place keeps every report's number in the index: each edited document updates the files it touches,
    /// and every other file of search/ stays as the last build wrote it.
    /// </summary>
    private static void UpdateSearch(SearchIndexState search, ChangeScope scope, IReadOnlyList<SearchDocument> documents, OutputFolder output)
    {
        var numbers = documents.ToDictionary(d => d.Route, StringComparer.Ordinal);
        var changed = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        foreach (var (_, report) in scope.Edited)
        {
            foreach (var (path, bytes) in search.Update(numbers[Routes.Report(report.Agency.Id, report.Year)]))
            {
                changed[path] = bytes;
            }
        }

        // The index is the JSON and binary files under search/; the search page beside them is a page like any other.
        // In place, the files the update did not change are in the output's table already; else each is kept.
        if (!output.InPlace)
        {
            foreach (var path in output.Known(ShardedIndexWriter.Folder).Where(p => (p.EndsWith(".json", StringComparison.Ordinal) || p.EndsWith(".bin", StringComparison.Ordinal)) && !changed.ContainsKey(p)).ToList())
            {
                output.Keep(path);
            }
        }

        foreach (var (path, bytes) in changed)
        {
            if (bytes is not null)
            {
                output.Write(path, bytes);
            }
            else
            {
                output.Remove(path);
            }
        }
    }

    /// <summary>A report's search document, made again only when the report or its number in the archive changed.</summary>
    private SearchDocument SearchDocumentFor(Report report, int number) =>
        _searchDocuments.TryGetValue(report, out var document) && document.Number == number ? document : SearchDocumentBuilder.Build(report, number);

    /// <summary>
    /// Data files and pages are made in parallel, one renderer per worker, each handed to the output as soon as it is
    /// done. The data files come first: a few of them (the whole archive's tables) take longest. Ranges are small
    /// when there is little to do, so that the few jobs of an edit under serve share the cores too.
    /// </summary>
    /// <param name="editing">An edit under serve: a data file made again shows the edit, and is most likely changed.</param>
    private void Render(IReadOnlyList<FileJob> files, IReadOnlyList<PageJob> pages, OutputFolder output, bool editing, IProgress<BuildProgress>? progress)
    {
        var total = files.Count + pages.Count;
        if (total == 0)
        {
            return;
        }

        var workers = Math.Max(1, options.Workers);
        var renderers = new ConcurrentBag<RazorPageRenderer>();
        var done = 0;
        try
        {
            Parallel.ForEach(
                System.Collections.Concurrent.Partitioner.Create(0, total, Math.Clamp(total / (8 * workers), 1, 64)),
                new ParallelOptions { MaxDegreeOfParallelism = workers },
                () =>
                {
                    var renderer = new RazorPageRenderer(theme);
                    renderers.Add(renderer);
                    return renderer;
                },
                (range, _, renderer) =>
                {
                    for (var i = range.Item1; i < range.Item2; i++)
                    {
                        if (i < files.Count)
                        {
                            if (files[i].SourcedParts is { } sourced)
                            {
                                output.Write(files[i].Route, sourced, likelyChanged: editing);
                            }
                            else if (files[i].BuildParts is { } parts)
                            {
                                output.Write(files[i].Route, parts, likelyChanged: editing);
                            }
                            else
                            {
                                output.Write(files[i].Route, files[i].Build());
                            }
                        }
                        else
                        {
                            var job = pages[i - files.Count];
                            output.Write(Routes.FileOf(job.Route), renderer.Render(job.Build()));
                        }

                        progress?.Report(new BuildProgress("render", Interlocked.Increment(ref done), total));
                    }

                    return renderer;
                },
                _ => { });
        }
        finally
        {
            foreach (var renderer in renderers)
            {
                renderer.Dispose();
            }
        }
    }
}
