namespace SiteGen.Core.Search.Lunr;

/// <summary>
/// Collects documents as lunr.Builder.prototype.add does (lunr 2.3.9), then <see cref="Build"/> finishes the index as
/// lunr.Builder.prototype.build does. Add the documents in the order they should have: lunr numbers each term when
/// it first meets it, going through the documents in order, then the fields in order, then the terms in order.
/// </summary>
public sealed class LunrIndexBuilder
{
    private static readonly int FieldCount = LunrDocument.FieldNames.Length;

    private readonly Dictionary<string, LunrPosting> _postings = new(StringComparer.Ordinal);
    private readonly List<string> _refs = [];
    private readonly HashSet<string> _seenRefs = new(StringComparer.Ordinal);
    private readonly List<LunrFieldTerms> _fieldTerms = [];
    private readonly long[] _totalFieldLengths = new long[FieldCount];

    public void Add(LunrDocument document)
    {
        // lunr keys everything by ref; a second document with the same ref would overwrite the first's field lengths
        // and vectors but keep its postings and its count in idf.
        if (!_seenRefs.Add(document.Ref))
        {
            throw new ArgumentException($"a second search document with ref '{document.Ref}'; refs must be unique.", nameof(document));
        }

        var documentNumber = _refs.Count;
        _refs.Add(document.Ref);
        for (var field = 0; field < FieldCount; field++)
        {
            var terms = document.TermsOf(field);
            var frequencies = new Dictionary<int, int>();
            foreach (var term in terms)
            {
                if (!_postings.TryGetValue(term, out var posting))
                {
                    posting = new LunrPosting(_postings.Count);
                    _postings.Add(term, posting);
                }

                posting.Add(field, documentNumber);
                frequencies[posting.Index] = frequencies.GetValueOrDefault(posting.Index) + 1;
            }

            // Every document gets an entry for every field, an empty one too: lunr counts empty fields in the average
            // length and writes a vector for them.
            _fieldTerms.Add(LunrFieldTerms.From(terms.Count, frequencies));
            _totalFieldLengths[field] += terms.Count;
        }
    }

    /// <summary>The finished index. Call once, after the last <see cref="Add"/>.</summary>
    public LunrIndex Build()
    {
        // lunr.Builder.prototype.createTokenSet and lunr.Index.prototype.toJSON sort the terms with JavaScript's default
        // sort, which compares UTF-16 code units: StringComparer.Ordinal. lunr.Index.load feeds them in this order to
        // lunr.TokenSet.Builder, which throws "Out of order word insertion" on any other.
        var terms = _postings.Keys.ToArray();
        var postings = _postings.Values.ToArray();
        Array.Sort(terms, postings, StringComparer.Ordinal);

        // lunr.Builder.prototype.calculateAverageFieldLengths: every document has a length for every field (0 when
        // empty), so each average is the field's total length over the number of documents.
        var averages = _totalFieldLengths.Select(total => (double)total / _refs.Count).ToArray();
        return new LunrIndex([.. _refs], terms, postings, [.. _fieldTerms], averages);
    }
}
