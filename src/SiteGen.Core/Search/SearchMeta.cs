namespace SiteGen.Core.Search;

/// <summary>
/// The two small files of search besides the shards: <c>meta.json</c>, fetched at start-up, says how many documents
/// and shards there are and the fields' average lengths; <c>facets.json</c>, fetched only once a filter is set, gives each document's filter values
/// as indexes into the facets' value tables.
/// </summary>
public static class SearchMeta
{
    /// <param name="averages">Average tokens per field (title, agency, body): the page's BM25 compares a posting's
    /// length with them, so that postings themselves depend on their own document only.</param>
    public static Dictionary<string, object> Meta(IReadOnlyList<SearchDocument> documents, int shards, double[] averages) => new()
    {
        ["version"] = 2,
        ["documents"] = documents.Count,
        ["shards"] = shards,
        ["averages"] = averages,
    };

    public static Dictionary<string, object> Facets(IReadOnlyList<SearchDocument> documents)
    {
        var tables = SearchFacets.All.Select(f => SearchFacets.Values(f, documents)).ToList();
        var lookup = tables.Select(t => t.Select((v, i) => (v, i)).ToDictionary(x => x.v, x => x.i, StringComparer.Ordinal)).ToList();
        var rows = documents.Select(d => SearchFacets.All.Select((f, i) => lookup[i][f.Value(d)]).ToList()).ToList();
        return new Dictionary<string, object>
        {
            ["facets"] = SearchFacets.All.Select((f, i) => new Dictionary<string, object> { ["name"] = f.Name, ["freeText"] = f.FreeText, ["values"] = tables[i] }).ToList(),
            ["docs"] = rows,
        };
    }
}
