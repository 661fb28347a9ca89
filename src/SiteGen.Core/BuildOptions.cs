using SiteGen.Core.Site;

namespace SiteGen.Core;

/// <summary>What to build from where: the folders, and how links and absolute URLs are written.</summary>
public sealed record BuildOptions
{
    public string ContentDir { get; init; } = "content";

    public string OutputDir { get; init; } = "output";

    /// <summary>The path the site is served under ("/", "/sub/path/").</summary>
    public string BasePath { get; init; } = "/";

    /// <summary>Scheme and host for the sitemap and feed, which need absolute URLs.</summary>
    public string BaseUrl { get; init; } = "http://localhost";

    public LinkStyle LinkStyle { get; init; } = LinkStyle.Directory;

    public string SiteTitle { get; init; } = SiteInfo.DefaultTitle;

    /// <summary>The operator's e-mail or web address for reports of barriers and wrong numbers (无障碍声明).</summary>
    public string? Contact { get; init; }

    /// <summary>
    /// Also write search/lunr-index.json, the whole index in lunr.js 2.3.9's shape, for tools built on lunr. Off by
    /// default: a monolithic index grows with the archive (77 MB at 1,000 reports), and the site's own search uses
    /// the sharded index.
    /// </summary>
    public bool LunrExport { get; init; }

    /// <summary>File sizes of the sharded search index (tests shrink them to exercise every kind of file).</summary>
    public Search.ShardedIndexOptions SearchIndex { get; init; } = new();

    /// <summary>
    /// The pages and data files to make, by route (all when null), and whether to write the search index: for
    /// benchmarks, which leave parts of the site out to see what each costs (bench/Parts). A site built with either is
    /// not the whole site.
    /// </summary>
    public Func<string, bool>? Include { get; init; }

    /// <inheritdoc cref="Include"/>
    public bool WithSearchIndex { get; init; } = true;

    /// <summary>
    /// <c>sitegen serve</c> sets this to its reload script's address, and every page then loads it; a published build
    /// never carries it.
    /// </summary>
    public string? LiveReloadScript { get; init; }

    /// <summary>How many pages render at once; one renderer per worker.</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;
}
