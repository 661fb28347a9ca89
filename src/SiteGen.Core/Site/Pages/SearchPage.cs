namespace SiteGen.Core.Site.Pages;

/// <summary>A filter of the search page: the query-string name, its label and the values to choose from.</summary>
public sealed record SearchFacet(string Name, string Label, IReadOnlyList<string> Values, bool FreeText);

/// <summary>
/// The search page. The index lives under <see cref="IndexHref"/>; results link to <see cref="LinkPrefix"/> +
/// route + <see cref="LinkSuffix"/>, so the script writes links in the site's link style without deciding URLs.
/// </summary>
public sealed record SearchPage : Page
{
    public required IReadOnlyList<SearchFacet> Facets { get; init; }

    public required string IndexHref { get; init; }

    public required string LinkPrefix { get; init; }

    public required string LinkSuffix { get; init; }

    public required IReadOnlyList<Link> BrowseLinks { get; init; }
}
