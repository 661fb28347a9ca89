namespace SiteGen.Core.Search;

/// <summary>
/// BM25 with lunr's constants (k1 = 1.2, b = 0.75). The index stores each posting's term-frequency part, already
/// normalized by field length and boosted per field, so the page needs no document-length table: it multiplies by
/// the idf, which it derives from the posting count of the shard it fetched.
/// </summary>
public static class Bm25
{
    public const double K1 = 1.2;
    public const double B = 0.75;

    public static double TermFrequencyPart(int tf, int fieldLength, double averageFieldLength)
    {
        if (tf == 0)
        {
            return 0;
        }

        var norm = averageFieldLength > 0 ? 1 - B + (B * fieldLength / averageFieldLength) : 1;
        return tf * (K1 + 1) / (tf + (K1 * norm));
    }

    /// <summary>lunr.idf: ln(1 + |(N - df + 0.5) / (df + 0.5)|); search.js uses the same formula.</summary>
    public static double Idf(int documentFrequency, int documents) =>
        Math.Log(1 + Math.Abs((documents - documentFrequency + 0.5) / (documentFrequency + 0.5)));
}
