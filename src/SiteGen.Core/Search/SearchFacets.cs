using System.Globalization;

namespace SiteGen.Core.Search;

/// <summary>
/// The filters of search, in one place for the index (each document's value) and the page (the choices): year,
/// agency, region (province and city), level and sector.
/// </summary>
public static class SearchFacets
{
    /// <param name="FreeText">Typed, not chosen: an archive has thousands of agencies, too many for a list.</param>
    public sealed record Facet(string Name, string Label, Func<SearchDocument, string> Value, bool Descending = false, bool FreeText = false);

    public static readonly IReadOnlyList<Facet> All =
    [
        new("year", "年度", d => d.Year.ToString(CultureInfo.InvariantCulture), Descending: true),
        new("agency", "机关名称包含", d => d.Agency, FreeText: true),
        new("region", "地区", d => string.Join(" ", d.Region.Split(' ').Take(2))),
        new("level", "层级", d => d.Level),
        new("sector", "领域", d => d.Sector),
    ];

    /// <summary>The distinct values of a facet over the documents, in the order the page lists them.</summary>
    public static List<string> Values(Facet facet, IEnumerable<SearchDocument> documents)
    {
        var values = documents.Select(facet.Value).Distinct().Order(Site.ChineseOrder.Instance).ToList();
        if (facet.Descending)
        {
            values.Reverse();
        }

        return values;
    }
}
