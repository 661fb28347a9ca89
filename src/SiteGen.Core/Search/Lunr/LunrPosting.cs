namespace SiteGen.Core.Search.Lunr;

/// <summary>
/// One term of the inverted index: its number in the vector space (lunr's <c>_index</c>) and, for each field,
/// the numbers of the documents holding it, in the order they were added.
/// </summary>
internal sealed class LunrPosting(int index)
{
    private readonly List<int>?[] _documents = new List<int>?[LunrDocument.FieldNames.Length];

    public int Index { get; } = index;

    /// <summary>
    /// What lunr.idf counts: the documents holding the term, once per field that holds it, so a term in the
    /// title and the body of one document counts twice and the count can pass the number of documents.
    /// </summary>
    public int DocumentsWithTerm => _documents.Sum(d => d?.Count ?? 0);

    public IReadOnlyList<int> DocumentsOf(int field) => _documents[field] ?? (IReadOnlyList<int>)[];

    /// <summary>Records that the document holds the term in the field; documents arrive in order, so a repeat is the last one.</summary>
    public void Add(int field, int document)
    {
        var documents = _documents[field] ??= [];
        if (documents.Count == 0 || documents[^1] != document)
        {
            documents.Add(document);
        }
    }
}
