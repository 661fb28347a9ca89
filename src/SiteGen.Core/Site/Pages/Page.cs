namespace SiteGen.Core.Site.Pages;

/// <summary>A link as the theme writes it: text and an href already resolved for the page it stands on.</summary>
public sealed record Link(string Text, string Href);

/// <summary>
/// What every page has: its route, its title (for &lt;title&gt; and the h1), the breadcrumbs above it, and the
/// site-wide links of the layout. A page model holds everything its template needs; templates compute nothing.
/// </summary>
public abstract record Page
{
    public required string Route { get; init; }

    /// <summary>The h1 of the page.</summary>
    public required string Heading { get; init; }

    /// <summary>The document title: names agency and year on report pages.</summary>
    public required string DocumentTitle { get; init; }

    public string? Description { get; init; }

    public required SiteInfo Site { get; init; }

    public IReadOnlyList<Link> Breadcrumbs { get; init; } = [];

    /// <summary>A text scale fixed by the page itself (the 大字版), in percent; null lets the reader's choice apply.</summary>
    public int? FixedTextScale { get; init; }

    /// <summary>The page's 大字版, for readers without JavaScript; the theme links it from the display settings.</summary>
    public string? LargeTypeHref { get; init; }

    /// <summary>Resolves a route for this page; the layout uses it for the header, footer and stylesheet links.</summary>
    public string Href(string route, string? fragment = null) => Site.Links.Href(Route, route, fragment);
}
