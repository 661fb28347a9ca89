using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Core;
using SiteGen.Core.Reports;
using SiteGen.Tests.Bench;
using SiteGen.Themes.Default;

namespace SiteGen.Tests.Metrics;

/// <summary>A generated archive of several years per agency, built into a site once for the tests that read its pages.</summary>
public sealed class GeneratedSite : IDisposable
{
    private readonly HtmlParser _parser = new();

    public GeneratedSite()
    {
        Archive = new GeneratedArchive(90, seed: 11, faultRate: 0.3);
        Output = Path.Combine(Archive.Root, "_site");
        var result = new SiteBuilder(new DefaultTheme()).Build(new BuildOptions { ContentDir = Archive.Root, OutputDir = Output, Workers = 4 });
        if (!result.Written)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        }
    }

    internal GeneratedArchive Archive { get; }

    public string Output { get; }

    public IReadOnlyList<Report> Reports => Archive.Loaded.Reports;

    public IDocument Page(string route) => _parser.ParseDocument(File.ReadAllText(Path.Combine(Output, route, "index.html")));

    public void Dispose() => Archive.Dispose();
}
