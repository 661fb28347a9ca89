using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Text;
using SiteGen.Core.Content;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Output;
using SiteGen.Core.Rendering;
using SiteGen.Core.Search;
using SiteGen.Core.Search.Lunr;
using SiteGen.Core.Site;
using SiteGen.Core.Validation;

namespace SiteGen.Core;

/// <summary>
/// The pipeline, one step a line: load, validate, plan, render and write, then move the changed files in. Data flow one way; a step that
/// finds the content unusable stops the build before anything is written, and the last good site stays.
/// </summary>
public sealed class SiteBuilder(ITheme theme)
{
    public BuildResult Build(BuildOptions options, IProgress<BuildProgress>? progress = null)
    {
        var timings = ImmutableArray.CreateBuilder<StepTiming>();
        var clock = Stopwatch.StartNew();
        void Step(string name)
        {
            timings.Add(new StepTiming(name, clock.Elapsed));
            progress?.Report(new BuildProgress(name, 0, 0));
            clock.Restart();
        }

        var loaded = ContentLoader.Load(options.ContentDir);
        Step("load");
        if (loaded.HasStoppingErrors)
        {
            return new BuildResult(loaded.Diagnostics, false, loaded.Reports.Length, 0, timings.ToImmutable());
        }

        var diagnostics = loaded.Diagnostics.AddRange(ReportValidator.Validate(loaded.Reports));
        Step("validate");

        var links = new LinkResolver(options.BasePath, options.LinkStyle);
        var site = new SiteInfo(options.SiteTitle, options.BaseUrl, links) { Contact = options.Contact, LiveReloadScript = options.LiveReloadScript };
        var searchDocuments = loaded.Reports.Select(SearchDocumentBuilder.Build).ToList();
        var plan = SitePlanner.Plan(loaded.Reports, diagnostics, site, searchDocuments);
        Step("plan");

        using var output = OutputFolder.Open(options.OutputDir, out var refusal);
        if (output is null)
        {
            return new BuildResult(diagnostics, false, loaded.Reports.Length, 0, timings.ToImmutable(), refusal);
        }

        RenderPages(plan, output, options.Workers, progress);
        foreach (var file in plan.Files)
        {
            output.Write(file.Route, file.Build());
        }

        Step("render");

        ShardedIndexWriter.Write(searchDocuments, (path, bytes) => output.Write(path, bytes), options.SearchIndex, part => Step("search: " + part));
        if (options.LunrExport)
        {
            using var lunr = new MemoryStream();
            LunrIndexWriter.Write(lunr, searchDocuments.Select(LunrDocuments.From));
            output.Write(LunrDocuments.Route, lunr.ToArray());
        }

        Step("search");

        foreach (var asset in theme.Assets)
        {
            output.Write(asset.Route, asset.Content);
        }

        output.Write("sitemap.xml", SitemapWriter.Write(plan.Pages.Select(p => p.Route), site));
        output.Write(AtomFeedWriter.Route, AtomFeedWriter.Write(loaded.Reports, site));
        output.WriteText("robots.txt", $"User-agent: *\nAllow: /\nSitemap: {site.AbsoluteUrl("sitemap.xml")}\n");
        var changes = output.Commit();
        Step("write");
        return new BuildResult(diagnostics, true, loaded.Reports.Length, plan.Pages.Count, timings.ToImmutable()) { Changes = changes };
    }

    /// <summary>Pages render in parallel, one renderer per worker, each page streamed to disk as soon as it is done.</summary>
    private void RenderPages(SitePlan plan, OutputFolder output, int workers, IProgress<BuildProgress>? progress)
    {
        var renderers = new ConcurrentBag<RazorPageRenderer>();
        var done = 0;
        var encoding = new UTF8Encoding(false);
        try
        {
            Parallel.ForEach(
                Partitioner.Create(0, plan.Pages.Count, 64),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, workers) },
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
                        var job = plan.Pages[i];
                        output.Write(Routes.FileOf(job.Route), encoding.GetBytes(renderer.Render(job.Build())));
                        progress?.Report(new BuildProgress("render", Interlocked.Increment(ref done), plan.Pages.Count));
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
