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

    /// <summary>About how many characters of positions one position file holds.</summary>
    public int PositionChunk { get; init; } = 24_000;

    /// <summary>In how many documents a phrase of 3-8 Han characters must stand to become a term; null: 2 % of them.</summary>
    public int? PhraseMinimumDocuments { get; init; }

    /// <summary>How many documents are analysed in parallel before their postings are merged.</summary>
    public int Batch { get; init; } = 256;
}

/// <summary>
/// Writes the sharded search index under search/ (see docs/search-index.md):
/// <c>meta.json</c>, the start-up file (document and shard counts); <c>facets.json</c>, filter values per document;
/// <c>t/N.json</c>, the shards, which a term hashes to: a small term's postings inline as one flat list
/// (document delta, weight × 1000, position count, position deltas …), a large term's description
/// (<c>{df, id, chunks}</c>); <c>d/ID.json</c>, a large term's documents and weights; <c>p/ID-K.json</c>, its
/// positions in chunks by document, fetched only when a phrase must be checked in those documents;
/// <c>f/N.json</c>, one fragment per document (address, title, facts, text as written) fetched for shown results.
/// </summary>
public static class ShardedIndexWriter
{
    public const string Folder = "search/";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <param name="done">Told the name of each part as it finishes, for --verbose timings.</param>
    public static void Write(IReadOnlyList<SearchDocument> documents, Action<string, byte[]> write, ShardedIndexOptions? options = null, Action<string>? done = null)
    {
        options ??= new ShardedIndexOptions();
        var postings = Accumulate(documents, options, out var closures, done);
        var fieldCount = SearchFields.Names.Count;
        var averages = Enumerable.Range(0, fieldCount)
            .Select(f => documents.Count == 0 ? 0 : postings.FieldLengths.Average(l => (double)l[f])).ToArray();

        var entries = new List<(string Term, string Json)>(postings.Terms.Count);
        var nextId = 0;
        foreach (var term in postings.Terms.Keys.Order(StringComparer.Ordinal))
        {
            var decoded = PostingDecoder.Decode(postings.Terms[term], postings.FieldLengths, averages);
            var inline = TermJson.Inline(decoded);
            entries.Add(inline.Length <= options.InlineLimit
                ? (term, inline)
                : (term, TermJson.Large(decoded, nextId++, options.PositionChunk, write)));
        }

        // A phrase that is not closed stands in the same documents as the closed phrase it extends to: same entry.
        var byTerm = entries.ToDictionary(e => e.Term, e => e.Json, StringComparer.Ordinal);
        entries.AddRange(closures.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, byTerm[c.Value])));

        done?.Invoke("term files");
        var shards = ShardCount(entries.Sum(e => e.Term.Length + e.Json.Length), options.ShardTarget);
        foreach (var shard in entries.GroupBy(e => TermHash.Shard(e.Term, shards)).OrderBy(g => g.Key))
        {
            write($"{Folder}t/{shard.Key}.json", TermJson.Shard(shard));
        }

        // Every shard file exists, even an empty one: a 404 would read as a broken index.
        var written = entries.Select(e => TermHash.Shard(e.Term, shards)).ToHashSet();
        for (var s = 0; s < shards; s++)
        {
            if (!written.Contains(s))
            {
                write($"{Folder}t/{s}.json", "{}"u8.ToArray());
            }
        }

        foreach (var document in documents)
        {
            write($"{Folder}f/{document.Number}.json", JsonSerializer.SerializeToUtf8Bytes(Fragment(document), Json));
        }

        write($"{Folder}meta.json", JsonSerializer.SerializeToUtf8Bytes(SearchMeta.Meta(documents, shards), Json));
        write($"{Folder}facets.json", JsonSerializer.SerializeToUtf8Bytes(SearchMeta.Facets(documents), Json));
    }

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

    /// <summary>
    /// Documents are analysed in parallel, a batch at a time, and merged in document order; then the frequent
    /// phrases are mined from the Han runs and added as terms of their own.
    /// </summary>
    private static PostingAccumulator Accumulate(IReadOnlyList<SearchDocument> documents, ShardedIndexOptions options, out Dictionary<string, string> closures, Action<string>? done)
    {
        var accumulator = new PostingAccumulator();
        var runs = new string[documents.Count][][];
        for (var start = 0; start < documents.Count; start += options.Batch)
        {
            var batch = new AnalyzedDocument[Math.Min(options.Batch, documents.Count - start)];
            Parallel.For(0, batch.Length, i => batch[i] = DocumentAnalyzer.Analyze(documents[start + i]));
            for (var i = 0; i < batch.Length; i++)
            {
                accumulator.Add(start + i, batch[i]);
                runs[start + i] = batch[i].Runs;
            }
        }

        done?.Invoke("terms");
        var minimum = options.PhraseMinimumDocuments ?? PhraseMiner.MinimumDocuments(documents.Count);
        var frequent = PhraseMiner.Mine([.. runs.Select(r => r.SelectMany(f => f).ToArray())], minimum);
        var phrases = frequent.Keys.ToHashSet(StringComparer.Ordinal);
        var pointers = PhraseMiner.Closures(frequent);
        closures = pointers;
        var stored = phrases.Where(p => !pointers.ContainsKey(p)).ToHashSet(StringComparer.Ordinal);
        done?.Invoke($"mining ({phrases.Count} frequent phrases, {stored.Count} closed)");
        for (var start = 0; start < documents.Count; start += options.Batch)
        {
            var batch = new Dictionary<string, TermInDocument>[Math.Min(options.Batch, documents.Count - start)];
            Parallel.For(0, batch.Length, i => batch[i] = DocumentAnalyzer.Phrases(runs[start + i], phrases, stored));
            for (var i = 0; i < batch.Length; i++)
            {
                accumulator.AddTerms(start + i, batch[i]);
            }
        }

        done?.Invoke("phrase postings");
        return accumulator;
    }

    private static Dictionary<string, object> Fragment(SearchDocument document) => new()
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
