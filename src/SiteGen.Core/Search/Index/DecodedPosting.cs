namespace SiteGen.Core.Search.Index;

/// <summary>One document of a term's postings, decoded for writing: its number, BM25 weight × 1000 and kept positions.</summary>
internal readonly record struct DecodedPosting(int Document, int Weight, int[] Positions);

/// <summary>Decodes a term's varints and turns its counts into BM25 weights (per field, boosted, summed).</summary>
internal static class PostingDecoder
{
    public static List<DecodedPosting> Decode(PostingAccumulator.Term term, List<int[]> lengths, double[] averages)
    {
        var postings = new List<DecodedPosting>(term.Documents);
        var reader = term.Buffer.Read();
        var document = -1;
        while (reader.More)
        {
            document += reader.Next() + 1;
            var code = reader.Next();
            var body = code >> 1;
            var (title, agency) = (code & 1) == 1 ? (reader.Next(), reader.Next()) : (0, 0);
            var positions = new int[reader.Next()];
            var previous = 0;
            for (var i = 0; i < positions.Length; i++)
            {
                previous += reader.Next();
                positions[i] = previous;
            }

            int[] counts = [title, agency, body];
            var weight = 0.0;
            for (var f = 0; f < counts.Length; f++)
            {
                weight += SearchFields.Boosts[f] * Bm25.TermFrequencyPart(counts[f], lengths[document][f], averages[f]);
            }

            postings.Add(new DecodedPosting(document, (int)Math.Round(weight * 1000), positions));
        }

        return postings;
    }
}
