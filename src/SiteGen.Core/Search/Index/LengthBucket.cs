namespace SiteGen.Core.Search.Index;

/// <summary>
/// A document's body length (in tokens) on a log scale, steps of 10 %: what a posting carries for BM25's length
/// normalization. It fits in 7 bits, so a posting's weight code stays as short as the old precomputed weight; it
/// depends on the document alone (the average it is compared with is in meta.json); and a small edit seldom moves a
/// document to another step, so an edit rewrites only the postings whose counts or positions changed.
/// search-engine.js turns it back into a length as 1.1^bucket.
/// </summary>
internal static class LengthBucket
{
    public const double Base = 1.1;

    public static int Of(int length) => length <= 1 ? 0 : Math.Min(127, (int)Math.Round(Math.Log(length) / Math.Log(Base)));
}
