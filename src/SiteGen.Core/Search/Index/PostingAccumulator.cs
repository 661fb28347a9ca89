namespace SiteGen.Core.Search.Index;

/// <summary>
/// Every posting of the archive, per term, in document order, as compact varints: for each document, the delta to
/// the term's previous document, the term counts (body count × 2, +1 when title or agency counts follow), the number
/// of kept positions and their deltas. Documents are analysed in parallel in batches and added here in order, so
/// memory holds the compact postings, never the analysed documents of the whole archive.
/// </summary>
internal sealed class PostingAccumulator
{
    internal sealed class Term
    {
        public VarintBuffer Buffer { get; } = new();

        public int LastDocument { get; set; } = -1;

        public int Documents { get; set; }

        public int Positions { get; set; }
    }

    public Dictionary<string, Term> Terms { get; } = new(StringComparer.Ordinal);

    public List<int[]> FieldLengths { get; } = [];

    public void Add(int document, AnalyzedDocument analyzed)
    {
        FieldLengths.Add(analyzed.FieldLengths);
        AddTerms(document, analyzed.Terms);
    }

    /// <summary>Adds terms found in a later pass (the frequent phrases); documents must still come in order.</summary>
    public void AddTerms(int document, Dictionary<string, TermInDocument> terms)
    {
        foreach (var (text, entry) in terms)
        {
            if (!Terms.TryGetValue(text, out var term))
            {
                Terms[text] = term = new Term();
            }

            var buffer = term.Buffer;
            buffer.Add(document - term.LastDocument - 1);
            term.LastDocument = document;
            term.Documents++;
            var title = entry.Frequencies[0];
            var agency = entry.Frequencies[1];
            var body = entry.Frequencies[2];
            var others = title != 0 || agency != 0;
            buffer.Add((body << 1) | (others ? 1 : 0));
            if (others)
            {
                buffer.Add(title);
                buffer.Add(agency);
            }

            buffer.Add(entry.Positions.Count);
            var previous = 0;
            foreach (var position in entry.Positions)
            {
                buffer.Add(position - previous);
                previous = position;
            }

            term.Positions += entry.Positions.Count;
        }
    }
}
