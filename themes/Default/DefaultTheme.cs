using SiteGen.Core.Rendering;
using SiteGen.Core.Site;
using SiteGen.Core.Site.BarrierFree;
using SiteGen.Core.Site.Comparison;
using SiteGen.Core.Site.Pages;
using SiteGen.Themes.Default.Pages;

namespace SiteGen.Themes.Default;

/// <summary>The default theme: one Razor component per page kind, and its stylesheet (embedded in this assembly).</summary>
public sealed class DefaultTheme : ITheme
{
    private static readonly Lazy<IReadOnlyList<ThemeAsset>> LoadedAssets = new(() =>
    [
        new ThemeAsset(Routes.Stylesheet, ReadResource("site.css")),
        new ThemeAsset(Routes.TokenizerScript, ReadResource("tokenizer.js")),
        new ThemeAsset(Routes.SearchEngineScript, ReadResource("search-engine.js")),
        new ThemeAsset(Routes.SearchScript, ReadResource("search.js")),
        new ThemeAsset(Routes.DisplayScript, ReadResource("display.js")),
        new ThemeAsset(Routes.ReadAloudScript, ReadResource("read-aloud.js")),
        new ThemeAsset(Routes.CompareScript, ReadResource("compare.js")),
    ]);

    public string Name => "Default";

    public IReadOnlyList<ThemeAsset> Assets => LoadedAssets.Value;

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
