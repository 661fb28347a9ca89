using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SiteGen.Core.Search.Index;

namespace SiteGen.Core.Search;

/// <summary>Sizes that shape the index files; tests shrink them to exercise every kind of file on a small site.</summary>
public sealed record ShardedIndexOptions
{
    /// <summary>A term whose postings and positions take more characters than this gets files of its own.</summary>
    public int InlineLimit { get; init; } = 3_000;

    /// <summary>About how many characters of terms a shard holds.</summary>
    public int ShardTarget { get; init; } = 12_000;

    /// <summary>About how many characters of positions one position file would hold as decimal JSON (binary, it
    /// holds about 0.44 as many bytes: <see cref="Index.TermFiles.Stride"/>).</summary>
    public int PositionChunk { get; init; } = 24_000;

    /// <summary>In how many documents a phrase of 3-8 Han characters must stand to become a term; null: 2 % of them
    /// (counted in the sample <see cref="Index.PhraseSet"/> mines).</summary>
    public int? PhraseMinimumDocuments { get; init; }

    /// <summary>How many documents are analysed in parallel before each term partition merges their postings. Each holds
    /// its terms and positions until the merge (about 280 KB a report): 256 of them were 72 MB of a build's peak.</summary>
    public int Batch { get; init; } = 64;

    /// <summary>
    /// How many bytes of postings a one-off build holds in memory while it collects terms (their arrays take up to about
    /// twice as much); past this, after a batch,
    /// every list of at least <see cref="SpillListsFrom"/> bytes moves to a temporary file (<see cref="TempFiles.SpillFile"/>).
    /// Null: never (the whole index stays in memory, as <c>sitegen serve</c> keeps it).
    /// </summary>
    public long? SpillAbove { get; init; } = 16L << 20;

    public int SpillListsFrom { get; init; } = 1024;
}

/// <summary>
/// Writes the sharded search index under search/ (see docs/search-index.md): <c>meta.json</c>, the start-up file
/// (document and shard counts, average field lengths); <c>facets.json</c>, filter values per document;
/// <c>t/N.json</c>, the shards, which a term hashes to: a small term's postings inline, a large term's description
/// (<c>{df, id, r, chunks}</c>); <c>d/ID.json</c>, a large term's documents and weight codes; <c>p/ID-K.bin</c>, its
/// positions in chunks by document number, fetched only when a phrase must be checked in those documents;
/// <c>f/N.json</c>, one fragment per document (address, title, facts, text as written) fetched for shown results.
/// The work is done by <see cref="SearchIndexState"/>, which <c>sitegen serve</c> keeps to update the files.
/// </summary>
public static class ShardedIndexWriter
{
    public const string Folder = "search/";

    /// <param name="done">Told the name of each part as it finishes, for --verbose timings.</param>
    public static void Write(IReadOnlyList<SearchDocument> documents, Action<string, byte[]> write, ShardedIndexOptions? options = null, Action<string>? done = null) =>
        SearchIndexState.Build(documents, write, options, done, keepForUpdates: false);

    /// <summary>A power of two, so that shards are about <paramref name="target"/> characters.</summary>
    public static int ShardCount(long characters, int target)
    {
        var shards = 1;
        while (shards < 65_536 && characters / shards > target)
        {
            shards *= 2;
        }

        return shards;
    }

    internal static Dictionary<string, object> Fragment(SearchDocument document) => new()
    {
        ["route"] = document.Route,
        ["title"] = document.Title,
        ["agency"] = document.Agency,
        ["year"] = document.Year,
        ["region"] = document.Region,

        // As written, for snippets: the page maps index positions (in NFKC text) back to these characters.
        ["fields"] = document.FieldTexts,
        ["gap"] = DocumentAnalyzer.FieldGap,
    };
}
