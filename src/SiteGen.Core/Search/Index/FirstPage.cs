namespace SiteGen.Core.Search.Index;

/// <summary>
/// The first page of results of a query that is one large term: the documents the page would show first, ranked as
/// search-engine.js ranks them (BM25's weight of the term; the idf is the same for every document). A large term's
/// documents file carries their fragments, cut to the snippet (<see cref="SnippetWindow"/>), so that the commonest
/// queries show their results without fetching one fragment per result: round trips, not bytes, were most of a
/// keystroke's time (docs/search-index.md).
/// The page ranks with meta.json's exact average body length; the first page is chosen with that average rounded to a
/// step of 1 % (<see cref="Average"/>), so that an edit seldom changes every term's first page. Where the two
/// rankings differ (a document near the tenth place), the page fetches that result's fragment as before.
/// </summary>
internal static class FirstPage
{
    /// <summary>search.js shows results ten at a time (PAGE).</summary>
    public const int Count = 10;

    public static double Average(double average) =>
        average <= 0 ? 0 : Math.Pow(1.01, Math.Round(Math.Log(average) / Math.Log(1.01)));

    /// <summary>The documents of the first page, by weight (highest first) and by number among equal weights, and
    /// the weight of the last of them.</summary>
    public static (int[] Documents, double Last) Of(PostingList list, Func<int, int> bucket, double average)
    {
        var top = new List<(double Weight, int Document)>(Count + 1);
        var reader = list.Read();
        while (reader.Next())
        {
            var weight = Weight(reader.Title, reader.Agency, reader.Body, bucket(reader.Document), average);

            // Documents come in ascending order: one with an equal weight ranks below those already in.
            if (top.Count == Count && weight <= top[^1].Weight)
            {
                continue;
            }

            var at = top.Count;
            while (at > 0 && top[at - 1].Weight < weight)
            {
                at--;
            }

            top.Insert(at, (weight, reader.Document));
            if (top.Count > Count)
            {
                top.RemoveAt(Count);
            }
        }

        return ([.. top.Select(t => t.Document)], top.Count == Count ? top[^1].Weight : double.NegativeInfinity);
    }

    /// <summary>A document's BM25 weight for a term, as search-engine.js computes it (added up in its order, so
    /// that equal weights stay equal here).</summary>
    public static double Weight(int title, int agency, int body, int bucket, double average)
    {
        var norm = average > 0 ? 0.25 + (0.75 * Math.Pow(LengthBucket.Base, bucket) / average) : 1;
        return Part(body, norm) + ((2 * Part(title, 1)) + (2 * Part(agency, 1)));
    }

    /// <summary>BM25's term frequency part, k1 = 1.2, as search-engine.js's tfPart.</summary>
    private static double Part(int frequency, double norm) => frequency == 0 ? 0 : frequency * 2.2 / (frequency + (1.2 * norm));
}
