namespace SiteGen.Core.Search.Lunr;

/// <summary>
/// A finished lunr index, ready for <see cref="LunrIndexWriter"/>: the document refs in the order added, the terms in
/// lunr's sorted order with their postings, every field of every document, and the average field lengths BM25 needs.
/// </summary>
public sealed class LunrIndex
{
    internal LunrIndex(string[] refs, string[] terms, LunrPosting[] postings, LunrFieldTerms[] fieldTerms, double[] averageFieldLengths)
    {
        Refs = refs;
        Terms = terms;
        Postings = postings;
        FieldTerms = fieldTerms;
        AverageFieldLengths = averageFieldLengths;
    }

    public int DocumentCount => Refs.Length;

    public int TermCount => Terms.Length;

    internal string[] Refs { get; }

    /// <summary>Sorted by <see cref="StringComparer.Ordinal"/>; <see cref="Postings"/> follows the same order.</summary>
    internal string[] Terms { get; }

    internal LunrPosting[] Postings { get; }

    /// <summary>Document by document, and field by field within each, as lunr adds them to fieldTermFrequencies.</summary>
    internal LunrFieldTerms[] FieldTerms { get; }

    internal double[] AverageFieldLengths { get; }

    /// <summary>lunr.idf of every term, by term number (createFieldVectors caches it per term the same way).</summary>
    internal double[] IdfByTermIndex()
    {
        var idf = new double[Postings.Length];
        foreach (var posting in Postings)
        {
            idf[posting.Index] = LunrBm25.Idf(posting.DocumentsWithTerm, DocumentCount);
        }

        return idf;
    }
}
