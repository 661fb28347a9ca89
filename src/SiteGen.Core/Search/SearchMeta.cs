namespace SiteGen.Core.Search;

/// <summary>
/// The start-up file of search: how many documents and shards there are, and each document's filter values
/// as indexes into the facets' value tables, so filtering needs no other fetch.
/// </summary>
public static class SearchMeta
{
    public static Dictionary<string, object> Build(IReadOnlyList<SearchDocument> documents, int shards)
    {
        var tables = SearchFacets.All.Select(f => SearchFacets.Values(f, documents)).ToList();
        var rows = documents.Select(d => SearchFacets.All.Select((f, i) => tables[i].IndexOf(f.Value(d))).ToList()).ToList();
        return new Dictionary<string, object>
        {
            ["version"] = 1,
            ["documents"] = documents.Count,
            ["shards"] = shards,
            ["facets"] = SearchFacets.All.Select((f, i) => new Dictionary<string, object> { ["name"] = f.Name, ["values"] = tables[i] }).ToList(),
            ["docs"] = rows,
        };
    }
}
