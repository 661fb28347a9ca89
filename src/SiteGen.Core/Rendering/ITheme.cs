using SiteGen.Core.Site.Pages;

namespace SiteGen.Core.Rendering;

/// <summary>A static file a theme ships (stylesheet, script), written under its route.</summary>
public sealed record ThemeAsset(string Route, byte[] Content);

/// <summary>
/// A theme: the Razor component that renders each page kind, and the static files it needs.
/// Components take the page model as their one parameter, named <c>Page</c>.
/// </summary>
public interface ITheme
{
    string Name { get; }

    Type ComponentFor(Page page);

    IReadOnlyList<ThemeAsset> Assets { get; }
}
