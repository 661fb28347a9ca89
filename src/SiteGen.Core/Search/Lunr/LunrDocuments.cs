namespace SiteGen.Core.Search.Lunr;

/// <summary>The lunr export indexes what the sharded index does: the same search documents, the same tokens.</summary>
public static class LunrDocuments
{
    public const string Route = "search/lunr-index.json";

    public static LunrDocument From(SearchDocument document) =>
        new($"{document.AgencyId}/{document.Year}", Terms(document.Title), Terms(document.Agency), Terms(document.Body));

    public static string[] Terms(string text) => [.. ChineseTokenizer.Tokenize(text).Select(t => t.Term)];
}
