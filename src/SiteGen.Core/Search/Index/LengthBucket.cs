namespace SiteGen.Core.Search.Index;

/// <summary>
/// A document's body length (in tokens) on a log scale, steps of 10 %: what BM25's length normalization is given.
/// search/lengths.json holds every document's, and search-engine.js turns it back into a length as 1.1^bucket,
/// compared with the average in meta.json. Kept apart from the postings, so that an edit which changes a report's
/// length rewrites one small file, not every file of the report's terms.
/// </summary>
internal static class LengthBucket
{
    public const double Base = 1.1;

    public static int Of(int length) => length <= 1 ? 0 : Math.Min(127, (int)Math.Round(Math.Log(length) / Math.Log(Base)));
}
