namespace SiteGen.Core.Search;

/// <summary>
/// The start-up file of search: how many documents and shards there are, and each document's filter values
/// (year, agency, region, level, sector) as indexes into small value tables, so filtering needs no other fetch.
/// </summary>
public static class SearchMeta
{
    public static Dictionary<string, object> Build(IReadOnlyList<SearchDocument> documents, int shards)
    {
        var facets = new (string Name, Func<SearchDocument, string> Value)[]
        {
            ("year", d => d.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("agency", d => d.Agency),
            ("region", d => d.Region.Split(' ')[0] + (d.Region.Contains(' ') ? " " + d.Region.Split(' ')[1] : "")),
            ("level", d => d.Level),
            ("sector", d => d.Sector),
        };
        var tables = facets.Select(f => documents.Select(f.Value).Distinct().Order(StringComparer.Ordinal).ToList()).ToList();
        var rows = documents.Select(d => facets.Select((f, i) => tables[i].IndexOf(f.Value(d))).ToList()).ToList();
        return new Dictionary<string, object>
        {
            ["version"] = 1,
            ["documents"] = documents.Count,
            ["shards"] = shards,
            ["facets"] = facets.Select((f, i) => new Dictionary<string, object> { ["name"] = f.Name, ["values"] = tables[i] }).ToList(),
            ["docs"] = rows,
        };
    }
}
