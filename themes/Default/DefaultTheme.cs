using SiteGen.Core.Rendering;
using SiteGen.Core.Site;
using SiteGen.Core.Site.BarrierFree;
using SiteGen.Core.Site.Comparison;
using SiteGen.Core.Site.Pages;
using SiteGen.Themes.Default.Pages;

namespace SiteGen.Themes.Default;

/// <summary>
/// The default theme: one Razor component per page kind, and its stylesheet and scripts (embedded in this assembly).
/// </summary>
/// <param name="assetsFolder">
/// Read the stylesheet and scripts from this folder instead, at every build: <c>sitegen serve</c> passes
/// themes/Default/assets so that an edit there shows on the next reload. The Razor components are compiled in;
/// editing them needs a new build of the program.
/// </param>
public sealed class DefaultTheme(string? assetsFolder = null) : ITheme
{
    private static readonly (string Route, string File)[] AssetFiles =
    [
        (Routes.Stylesheet, "site.css"),
        (Routes.TokenizerScript, "tokenizer.js"),
        (Routes.SearchEngineScript, "search-engine.js"),
        (Routes.SearchScript, "search.js"),
        (Routes.DisplayScript, "display.js"),
        (Routes.ReadAloudScript, "read-aloud.js"),
        (Routes.CompareScript, "compare.js"),
    ];

    private static readonly Lazy<IReadOnlyList<ThemeAsset>> EmbeddedAssets =
        new(() => [.. AssetFiles.Select(a => new ThemeAsset(a.Route, ReadResource(a.File)))]);

    /// <summary>The theme's own assets folder in a source checkout (for serve), or null when it is not there.</summary>
    public static string? SourceAssets(string root = ".")
    {
        var folder = Path.Combine(root, "themes", "Default", "assets");
        return AssetFiles.All(a => File.Exists(Path.Combine(folder, a.File))) ? folder : null;
    }

    public string Name => "Default";

    public IReadOnlyList<ThemeAsset> Assets => assetsFolder is null
        ? EmbeddedAssets.Value
        : [.. AssetFiles.Select(a => new ThemeAsset(a.Route, File.ReadAllBytes(Path.Combine(assetsFolder, a.File))))];

    public Type ComponentFor(Page page) => page switch
    {
        ReportPage => typeof(ReportPageView),
        HomePage => typeof(HomePageView),
        AgencyPage => typeof(AgencyPageView),
        AgencyIndexPage => typeof(AgencyIndexPageView),
        YearPage => typeof(YearPageView),
        NotFoundPage => typeof(NotFoundPageView),
        SearchPage => typeof(SearchPageView),
        TextViewPage => typeof(TextViewPageView),
        SplitTablesPage => typeof(SplitTablesPageView),
        AccessibilityPage => typeof(AccessibilityPageView),
        DataPage => typeof(DataPageView),
        YearComparisonPage => typeof(YearComparisonPageView),
        MetricGuidePage => typeof(MetricGuidePageView),
        MetricYearPage => typeof(MetricYearPageView),
        RegionPage => typeof(RegionPageView),
        ComparePage => typeof(ComparePageView),
        _ => throw new NotSupportedException($"The default theme has no component for {page.GetType().Name}."),
    };

    private static byte[] ReadResource(string name)
    {
        using var stream = typeof(DefaultTheme).Assembly.GetManifestResourceStream($"SiteGen.Themes.Default.assets.{name}")
            ?? throw new InvalidOperationException($"The theme asset {name} is not embedded.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
