using System.Runtime.InteropServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using SiteGen.Core.Search.Index;
using SiteGen.Core.TempFiles;

namespace SiteGen.Core.Search;

/// <summary>
/// The search index in memory: every term's postings as compact varints, with what is needed to write its files.
/// <see cref="Build"/> analyses the documents (in parallel, a batch at a time, each term partition merged by one
/// worker) and writes every file under search/; <see cref="Update"/> takes one edited document and returns only the
/// files whose bytes change, for <c>sitegen serve</c>. A posting holds only what depends on its own document, so an
/// edit touches only the edited document's terms: their shards, and of a large term its documents file (if the
/// document's counts changed) and the one position chunk that covers the document. This file holds the state and the
/// build's analysis; the update is in SearchIndexState.Update.cs, and what goes in which file under search/ in
/// SearchIndexState.Files.cs.
/// </summary>
public sealed partial class SearchIndexState
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private readonly ShardedIndexOptions _options;
    private readonly List<SearchDocument> _documents;
    private readonly TermTable _table;
    private readonly PostingAccumulator _postings;
    private readonly int[][] _lengths;
    private readonly byte[] _buckets;
    private readonly TermFiles _files;
    private readonly Dictionary<string, PostingList> _fileIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ulong>? _hashes;
    private readonly SpillFile? _spill;

    // The bytes of postings in memory, counted as the batches add them, not summed over every list after each batch.
    private long _inMemory;
    private readonly Func<int, SearchDocument>? _make; // a one-off build's documents, made when read (BuildOnce)
    private readonly (long Offset, int Length)[]? _texts; // where BuildOnce moved each document's body
    private List<PostingList>[] _shards = [];
    private ILookup<PostingList, PostingList>? _pointers;
    private long _total; // bytes of all shard entries, which decide the shard count
    private double _average; // the average body length first pages are ranked with (FirstPage.Average)

    private SearchIndexState(IReadOnlyList<SearchDocument> documents, ShardedIndexOptions options, PhraseSet phrases, bool keepHashes, Func<int, SearchDocument>? make)
    {
        _options = options;
        _documents = [.. documents];
        _table = new TermTable(phrases);
        _postings = new PostingAccumulator(phrases, entryPoints: keepHashes);
        _lengths = new int[documents.Count][];
        _buckets = new byte[documents.Count];
        _files = new TermFiles(options, () => _documents.Count, d => _buckets[d], d => _documents[d], Body);
        _hashes = keepHashes ? new Dictionary<string, ulong>(StringComparer.Ordinal) : null;
        _make = make;
        _texts = make is null ? null : new (long, int)[documents.Count];

        // Kept for updates, every list stays whole in memory: an update splices lists anywhere.
        _spill = !keepHashes && (make is not null || options.SpillAbove is not null) ? new SpillFile() : null;
    }

    internal PhraseSet Phrases => _table.Phrases;

    /// <summary>Builds the index and writes every file; keeps what <see cref="Update"/> needs if asked to.</summary>
    /// <param name="done">Told the name of each part as it finishes, for --verbose timings.</param>
    public static SearchIndexState Build(IReadOnlyList<SearchDocument> documents, Action<string, byte[]> write, ShardedIndexOptions? options = null, Action<string>? done = null, bool keepForUpdates = true) =>
        Build(documents, null, write, options ?? new ShardedIndexOptions(), null, done, keepForUpdates);

    /// <summary>As <see cref="Build(IReadOnlyList{SearchDocument}, Action{string, byte[]}, ShardedIndexOptions?, Action{string}?, bool)"/>, with the frequent phrases given (tests compare an update with a rebuild on the same phrases).</summary>
    internal static SearchIndexState Build(IReadOnlyList<SearchDocument> documents, Action<string, byte[]> write, ShardedIndexOptions options, PhraseSet? phrases, Action<string>? done, bool keepForUpdates) =>
        Build(documents, null, write, options, phrases, done, keepForUpdates);

    /// <summary>
    /// A one-off build (<c>sitegen build</c>) that never holds every document's text: <paramref name="facts"/> are
    /// the documents without their body, and <paramref name="make"/> makes document <c>n</c> whole when the index
    /// reads it. Each document is made once, analysed, its fragment written and its text moved to the spill file,
    /// from which the first pages' snippets read it back. Writes the same files as
    /// <see cref="Build(IReadOnlyList{SearchDocument}, Action{string, byte[]}, ShardedIndexOptions?, Action{string}?, bool)"/>
    /// given the whole documents; keeps nothing for updates.
    /// </summary>
    public static void BuildOnce(IReadOnlyList<SearchDocument> facts, Func<int, SearchDocument> make, Action<string, byte[]> write, ShardedIndexOptions? options = null, Action<string>? done = null) =>
        Build(facts, make, write, options ?? new ShardedIndexOptions(), null, done, keepForUpdates: false);

    private static SearchIndexState Build(IReadOnlyList<SearchDocument> documents, Func<int, SearchDocument>? make, Action<string, byte[]> write, ShardedIndexOptions options, PhraseSet? phrases, Action<string>? done, bool keepForUpdates)
    {
        if (documents.Where((d, i) => d.Number != i).Any())
        {
            throw new ArgumentException("Search documents must be numbered 0, 1, 2 … in order.", nameof(documents));
        }

        phrases ??= PhraseSet.Mine(documents.Count, make ?? (d => documents[d]), options.PhraseMinimumDocuments);
        var state = new SearchIndexState(documents, options, phrases, keepForUpdates, make);
        done?.Invoke($"mining ({phrases.Count} frequent phrases)");
        try
        {
            // A one-off build starts each step from its live objects alone (PhaseEnd): the mining's counts, then the
            // terms' batches and outgrown arrays are garbage by then.
            if (!keepForUpdates)
            {
                PhaseEnd.Collect(documents.Count);
            }

            state.Accumulate(write);
            if (!keepForUpdates)
            {
                PhaseEnd.Collect(documents.Count);
            }

            done?.Invoke("terms");
            state.WriteAll(write);
            done?.Invoke("term files");
        }
        finally
        {
            state._spill?.Dispose();
        }

        return state;
    }

    /// <param name="write">Where <see cref="BuildOnce"/> writes each document's fragment as soon as it is made.</param>
    private void Accumulate(Action<string, byte[]> write)
    {
        using var analyzers = new ThreadLocal<DocumentAnalyzer>(() => new DocumentAnalyzer(_table, PostingAccumulator.Partitions), trackAllValues: true);
        var reused = Enumerable.Range(0, _options.Batch).Select(_ => new DocumentTerms()).ToArray();
        for (var start = 0; start < _documents.Count; start += _options.Batch)
        {
            var batch = reused[..Math.Min(_options.Batch, _documents.Count - start)];
            Parallel.For(0, batch.Length, i => Analyze(start + i, analyzers.Value!, batch[i], write));
            for (var i = 0; i < batch.Length; i++)
            {
                _lengths[start + i] = batch[i].FieldLengths;
                _buckets[start + i] = (byte)LengthBucket.Of(batch[i].FieldLengths[2]);
            }

            Parallel.For(0, PostingAccumulator.Partitions, p => Interlocked.Add(ref _inMemory, _postings.Add(p, start, batch)));
            SpillIfFull();
        }

        // A pointer phrase keeps only its document count, to check it against its target's.
        for (var id = 0; id < _table.Phrases.Count; id++)
        {
            var count = analyzers.Values.Sum(a => a.PointerCounts[id]);
            if (count > 0)
            {
                _postings.GetOrAdd(TermKey.OfPhrase(id)).Documents = count;
            }
        }
    }

    private void Analyze(int number, DocumentAnalyzer analyzer, DocumentTerms terms, Action<string, byte[]> write)
    {
        if (_make is null)
        {
            analyzer.Analyze(_documents[number], terms);
            return;
        }

        var document = _make(number);
        if (document.Number != number || document.Route != _documents[number].Route)
        {
            throw new InvalidOperationException($"Document {number} was made as {document.Number} ({document.Route}).");
        }

        analyzer.Analyze(document, terms);
        write(FragmentPath(number), Fragment(document));
        _texts![number] = _spill!.Append(document.Body);
    }

    /// <summary>
    /// A document's body. A one-off build reads it back from the spill file into a buffer of the calling thread, valid
    /// until its next call: first pages read about 92,000 bodies at 10,000 reports, 2.7 GB as strings.
    /// </summary>
    private ReadOnlySpan<char> Body(int number)
    {
        if (_texts is null)
        {
            return _documents[number].Body;
        }

        var (offset, length) = _texts[number];
        if (_body is null || _body.Length < length)
        {
            _body = new char[Math.Max(length, 16 * 1024)];
        }

        var chars = _body.AsSpan(0, length);
        _spill!.Read(offset, MemoryMarshal.AsBytes(chars));
        return chars;
    }

    [ThreadStatic]
    private static char[]? _body;

    private static byte[] Fragment(SearchDocument document) => JsonSerializer.SerializeToUtf8Bytes(ShardedIndexWriter.Fragment(document), Json);

    private static string FragmentPath(int number) => $"{ShardedIndexWriter.Folder}f/{number}.json";

    /// <summary>
    /// In a one-off build, moves the grown lists to the spill file once the postings in memory pass the limit. The
    /// lists keep their arrays for what comes next, so the memory they take stays within about twice the limit.
    /// </summary>
    private void SpillIfFull()
    {
        if (_spill is null || _options.SpillAbove is not { } limit || _inMemory <= limit)
        {
            return;
        }

        var left = new long[PostingAccumulator.Partitions];
        Parallel.For(0, PostingAccumulator.Partitions, p =>
        {
            var full = new List<PostingList>();
            foreach (var list in _postings.Terms[p].Values)
            {
                if (list.Length >= _options.SpillListsFrom)
                {
                    full.Add(list);
                }
                else
                {
                    left[p] += list.Length;
                }
            }

            SpillBatch.Spill(full, _spill);
        });
        _inMemory = left.Sum();
    }
}
