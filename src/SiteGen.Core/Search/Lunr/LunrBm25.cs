namespace SiteGen.Core.Search.Lunr;

/// <summary>
/// The weights lunr stores in its field vectors (lunr 2.3.9, lunr.idf and lunr.Builder.prototype.createFieldVectors).
/// A query only sums the stored weights of the terms it matches (lunr.Vector.prototype.similarity), so these are
/// the whole of lunr's scoring. Each formula keeps lunr's order of operations, so the doubles agree with lunr's.
/// </summary>
internal static class LunrBm25
{
    /// <summary>lunr.Builder's default b (this._b): how much a long field is penalised.</summary>
    public const double B = 0.75;

    /// <summary>lunr.Builder's default k1 (this._k1): how fast repeats of a term stop adding weight.</summary>
    public const double K1 = 1.2;

    /// <summary>
    /// lunr.idf. <paramref name="documentsWithTerm"/> is counted once per field (<see cref="LunrPosting.DocumentsWithTerm"/>),
    /// so it can pass <paramref name="documentCount"/>; lunr then takes the absolute value. Math.Log may differ from
    /// the Math.log of the Node that runs lunr in the last bit; after rounding to three decimals that changes a weight
    /// only when it lies within about 1e-16 of a rounding boundary.
    /// </summary>
    public static double Idf(int documentsWithTerm, int documentCount)
    {
        var x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return Math.Log(1 + Math.Abs(x));
    }

    /// <summary>
    /// The BM25 weight of a term in one field of one document, as createFieldVectors computes it. Field and document
    /// boosts are 1, so lunr's <c>score *= fieldBoost; score *= docBoost</c> change nothing and are left out.
    /// </summary>
    public static double Weight(double idf, int termFrequency, int fieldLength, double averageFieldLength)
    {
        var score = idf * ((K1 + 1) * termFrequency) / (K1 * (1 - B + B * (fieldLength / averageFieldLength)) + termFrequency);

        // lunr keeps three decimals: Math.round(score * 1000) / 1000. JavaScript's Math.round takes halves up; for a
        // positive score AwayFromZero is the same, and unlike Math.Floor(x + 0.5) it is exact for 0.49999999999999994.
        return Math.Round(score * 1000, MidpointRounding.AwayFromZero) / 1000;
    }
}
