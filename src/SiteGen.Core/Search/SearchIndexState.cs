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
/// document's counts changed) and the one position chunk that covers the document.
/// </summary>
public sealed class SearchIndexState
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

    /// <summary>
    /// Takes one edited document (same <see cref="SearchDocument.Number"/>, new text or facts) and returns the files
    /// under search/ whose bytes change, by path; a null value means the file is no longer part of the index and
    /// should be deleted. The frequent phrases stay those of the full build (see docs/search-index.md).
    /// </summary>
    public IReadOnlyDictionary<string, byte[]?> Update(SearchDocument edited)
    {
        if (_hashes is null)
        {
            throw new InvalidOperationException("This index was built without keepForUpdates.");
        }

        var number = edited.Number;
        var analyzer = new DocumentAnalyzer(_table, PostingAccumulator.Partitions);
        var before = analyzer.Analyze(_documents[number]);
        var after = new DocumentAnalyzer(_table, PostingAccumulator.Partitions).Analyze(edited);
        var bucketMoved = LengthBucket.Of(before.FieldLengths[2]) != LengthBucket.Of(after.FieldLengths[2]);
        _documents[number] = edited;
        _lengths[number] = after.FieldLengths;
        _buckets[number] = (byte)LengthBucket.Of(after.FieldLengths[2]);
        var average = FirstPage.Average(Averages()[2]);
        var everyPage = average != _average; // every large term's first page is ranked again (rare: a 1 % step)
        _average = average;

        var changed = new Dictionary<string, byte[]?>(StringComparer.Ordinal);
        var rewritten = new HashSet<PostingList>(); // large terms whose documents file this update wrote
        var sizes = new HashSet<PostingList>(); // the terms whose shard entries may change size: _total is kept by difference
        var dirtyShards = new HashSet<PostingList>();
        var json = new JsonBuffer();
        foreach (var key in before.Keys.Take(before.Count).Concat(after.Keys.Take(after.Count)).Distinct())
        {
            int old = before.Find(key), now = after.Find(key);
            var sameCounts = old >= 0 && now >= 0 && before.Frequencies(old).SequenceEqual(after.Frequencies(now));
            var samePositions = old >= 0 && now >= 0 && before.Positions(old).SequenceEqual(after.Positions(now));
            var list = _postings.GetOrAdd(key);
            if (list.Text.Length == 0)
            {
                list.Text = TermKey.Text(key, _table);
                list.Shard = TermHash.Shard(list.Text, _shards.Length);
            }

            foreach (var entry in PointersTo(list).Prepend(list).Where(sizes.Add))
            {
                _total -= EntrySize(entry);
            }

            var countsMoved = !sameCounts;
            if (!countsMoved && samePositions)
            {
                continue;
            }

            list.Splice(number, now >= 0 ? after.Frequencies(now) : null, now >= 0 ? after.Positions(now) : []);
            dirtyShards.Add(list);
            UpdateFiles(list, number, countsMoved, !samePositions, json, changed, rewritten);
        }

        // A document whose length moved to another bucket weighs differently for every term of its body: a first
        // page it is on, or may now enter, is ranked again.
        if (bucketMoved)
        {
            foreach (var key in after.Keys.Take(after.Count))
            {
                var frequencies = after.Frequencies(after.Find(key));
                if (_postings.Find(key) is not { FileId: not null } list || rewritten.Contains(list) || frequencies[2] == 0)
                {
                    continue;
                }

                var weight = FirstPage.Weight(frequencies[0], frequencies[1], frequencies[2], _buckets[number], _average);
                if (Array.IndexOf(list.Top, number) >= 0 || weight >= list.TopLast)
                {
                    Emit(changed, DocumentsPath(list), _files.Documents(list, json, _average));
                    rewritten.Add(list);
                }
            }
        }

        // A first page that shows the edited document carries its fragment: rewrite it if that changed (a title, or
        // text near the term's first occurrence), even where the document's counts did not.
        foreach (var list in _fileIds.Values)
        {
            if (!rewritten.Contains(list) && (everyPage || (Array.IndexOf(list.Top, number) >= 0 && !_files.SameFragment(list, number, json))))
            {
                Emit(changed, DocumentsPath(list), _files.Documents(list, json, _average));
            }
        }

        foreach (var id in before.PointerPhrases.Except(after.PointerPhrases).Concat(after.PointerPhrases.Except(before.PointerPhrases)))
        {
            var list = _postings.GetOrAdd(TermKey.OfPhrase(id));
            if (list.Text.Length == 0)
            {
                list.Text = TermKey.Text(list.Key, _table);
                list.Shard = TermHash.Shard(list.Text, _shards.Length);
            }

            if (sizes.Add(list))
            {
                _total -= EntrySize(list);
            }

            list.Documents += after.PointerPhrases.Contains(id) ? 1 : -1;
            dirtyShards.Add(list);
        }

        // A phrase that shares its target's entry is written in its own shard: rewrite those shards too.
        foreach (var list in dirtyShards.ToList())
        {
            dirtyShards.UnionWith(PointersTo(list));
        }

        foreach (var entry in sizes)
        {
            _total += EntrySize(entry);
        }

        var previousShards = _shards.Length;
        var shardCount = ShardedIndexWriter.ShardCount(_total, _options.ShardTarget);
        if (shardCount != previousShards)
        {
            AssignShards(shardCount);
            for (var s = 0; s < Math.Max(shardCount, previousShards); s++)
            {
                Emit(changed, $"{ShardedIndexWriter.Folder}t/{s}.json", s < shardCount ? ShardBytes(s, json) : null);
            }
        }
        else
        {
            foreach (var dirty in dirtyShards.GroupBy(l => l.Shard))
            {
                var terms = _shards[dirty.Key];
                var count = terms.Count;
                terms.RemoveAll(l => !HasEntry(l));
                var present = terms.ToHashSet();
                terms.AddRange(dirty.Where(l => HasEntry(l) && !present.Contains(l)));
                if (terms.Count != count || terms.Count != present.Count)
                {
                    terms.Sort((a, b) => string.CompareOrdinal(a.Text, b.Text));
                }

                Emit(changed, $"{ShardedIndexWriter.Folder}t/{dirty.Key}.json", ShardBytes(dirty.Key, json));
            }
        }

        Emit(changed, FragmentPath(number), Fragment(edited));
        WriteSmallFiles((path, bytes) => Emit(changed, path, bytes));
        return changed;
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

    /// <summary>Decides which terms are large, writes their files, then the shards and the small files.</summary>
    private void WriteAll(Action<string, byte[]> write)
    {
        var output = _hashes is null ? write : (path, bytes) =>
        {
            lock (_hashes)
            {
                _hashes[path] = ContentHash.Of(bytes);
            }

            write(path, bytes);
        };

        var large = new List<PostingList>[PostingAccumulator.Partitions];
        Parallel.For(0, PostingAccumulator.Partitions, p =>
        {
            var json = new JsonBuffer();
            large[p] = [];
            foreach (var list in _postings.Terms[p].Values)
            {
                list.Text = TermKey.Text(list.Key, _table);
                if (_postings.PointerPhrase(list.Key))
                {
                    continue;
                }

                // A spilled list longer than the inline limit is large without reading it back: its entry would take
                // at least a character for each of its bytes.
                if (list.IsSpilled && list.TotalLength > _options.InlineLimit)
                {
                    large[p].Add(list);
                    continue;
                }

                list.Unspill(_spill);
                json.Clear();
                if (_files.Inline(list, json))
                {
                    list.EntrySize = KeySize(list) + json.Length;
                }
                else
                {
                    large[p].Add(list);
                }
            }
        });

        _average = FirstPage.Average(Averages()[2]);
        var larges = large.SelectMany(l => l).OrderBy(l => l.Text, StringComparer.Ordinal).ToList();
        foreach (var list in larges)
        {
            AssignFileId(list);
        }

        Parallel.ForEach(larges, () => new JsonBuffer(), (list, _, json) =>
        {
            list.Unspill(_spill);
            WriteLarge(list, json, output);
            if (_hashes is null)
            {
                list.Release(); // not kept for updates (a one-off build): nothing reads these postings again
            }

            return json;
        }, _ => { });

        _total = _postings.All.Sum(l => (long)EntrySize(l));
        AssignShards(ShardedIndexWriter.ShardCount(_total, _options.ShardTarget));
        Parallel.For(0, _shards.Length, () => new JsonBuffer(), (s, _, json) =>
        {
            output($"{ShardedIndexWriter.Folder}t/{s}.json", ShardBytes(s, json));
            return json;
        }, _ => { });

        if (_make is null)
        {
            Parallel.For(0, _documents.Count, d => output(FragmentPath(d), Fragment(_documents[d])));
        }

        WriteSmallFiles(output);
    }

    /// <summary>Average tokens per field (title, agency, body), as meta.json gives them to the page.</summary>
    private double[] Averages() => [.. Enumerable.Range(0, DocumentTerms.Fields)
        .Select(f => _documents.Count == 0 ? 0 : Math.Round(_lengths.Average(l => (double)l[f]), 2))];

    private void WriteSmallFiles(Action<string, byte[]> write)
    {
        var averages = Averages();
        write($"{ShardedIndexWriter.Folder}meta.json", JsonSerializer.SerializeToUtf8Bytes(SearchMeta.Meta(_documents, _shards.Length, averages), Json));
        write($"{ShardedIndexWriter.Folder}facets.json", JsonSerializer.SerializeToUtf8Bytes(SearchMeta.Facets(_documents), Json));
        write($"{ShardedIndexWriter.Folder}lengths.json", JsonSerializer.SerializeToUtf8Bytes(_buckets.Select(b => (int)b)));
    }

    /// <summary>Writes a large term's documents file and position chunks, and keeps its shard entry.</summary>
    private void WriteLarge(PostingList list, JsonBuffer json, Action<string, byte[]> write)
    {
        write(DocumentsPath(list), _files.Documents(list, json, _average));
        list.Stride = _files.Stride(list);
        list.Chunks = [];
        foreach (var (chunk, bytes) in _files.Chunks(list, list.Stride))
        {
            list.Chunks.Add(chunk);
            write(ChunkPath(list, chunk), bytes);
        }

        SetLargeEntry(list);
    }

    /// <summary>Rewrites what an edit changed of one term's files (an inline term's entry is rewritten with its shard).</summary>
    private void UpdateFiles(PostingList list, int document, bool countsMoved, bool positionsMoved, JsonBuffer json, Dictionary<string, byte[]?> changed, HashSet<PostingList> rewritten)
    {
        var wasLarge = list.FileId is not null;
        json.Clear();
        var inline = list.Documents == 0 || _files.Inline(list, json);
        if (inline)
        {
            list.EntrySize = list.Documents == 0 ? 0 : KeySize(list) + json.Length;
            if (wasLarge)
            {
                Emit(changed, DocumentsPath(list), null);
                list.Chunks.ForEach(c => Emit(changed, ChunkPath(list, c), null));
                _fileIds.Remove(list.FileId!);
                (list.FileId, list.LargeEntry, list.Chunks) = (null, null, []);
            }

            return;
        }

        if (!wasLarge)
        {
            AssignFileId(list);
        }

        var stride = _files.Stride(list);
        if (!wasLarge || stride != list.Stride)
        {
            var old = list.Chunks;
            WriteLarge(list, json, (path, bytes) => Emit(changed, path, bytes));
            rewritten.Add(list);
            old.Except(list.Chunks).ToList().ForEach(c => Emit(changed, ChunkPath(list, c), null));
            return;
        }

        if (countsMoved)
        {
            Emit(changed, DocumentsPath(list), _files.Documents(list, json, _average));
            rewritten.Add(list);
        }

        if (positionsMoved)
        {
            var chunk = document / stride;
            var bytes = _files.Chunks(list, stride, chunk);
            list.Chunks.Remove(chunk);
            if (bytes.Count > 0)
            {
                list.Chunks.Add(chunk);
                list.Chunks.Sort();
            }

            Emit(changed, ChunkPath(list, chunk), bytes.Count > 0 ? bytes[0].Bytes : null);
        }

        SetLargeEntry(list);
    }

    private void SetLargeEntry(PostingList list)
    {
        list.LargeEntry = TermFiles.LargeEntry(list, list.FileId!, list.Stride, list.Chunks);
        list.EntrySize = KeySize(list) + list.LargeEntry.Length;
    }

    /// <summary>A stable name from the term's hash, so that adding or removing another term renames nothing.</summary>
    private void AssignFileId(PostingList list)
    {
        var id = TermKey.FileId(list.Text);
        for (var n = 1; _fileIds.ContainsKey(id); n++)
        {
            id = $"{TermKey.FileId(list.Text)}_{n}";
        }

        list.FileId = id;
        _fileIds[id] = list;
    }

    private void AssignShards(int count)
    {
        _shards = [.. Enumerable.Range(0, count).Select(_ => new List<PostingList>())];
        foreach (var list in _postings.All)
        {
            list.Shard = TermHash.Shard(list.Text, count);
            if (HasEntry(list))
            {
                _shards[list.Shard].Add(list);
            }
        }

        foreach (var shard in _shards)
        {
            shard.Sort((a, b) => string.CompareOrdinal(a.Text, b.Text));
        }
    }

    /// <summary>
    /// Whether a term is in its shard: a term with documents; a pointer phrase only while it stands in exactly its
    /// target's documents (it always stands in all of them, as it is a part of the target: equal counts suffice).
    /// </summary>
    private bool HasEntry(PostingList list)
    {
        if (!_postings.PointerPhrase(list.Key))
        {
            return list.Documents > 0;
        }

        var target = Target(list);
        return target is not null && list.Documents > 0 && target.Documents == list.Documents;
    }

    private PostingList? Target(PostingList pointer) =>
        _postings.Find(TermKey.OfPhrase(_table.Phrases.TargetOf(TermKey.IdOf(pointer.Key))));

    private IEnumerable<PostingList> PointersTo(PostingList list)
    {
        _pointers ??= _postings.All.Where(p => _postings.PointerPhrase(p.Key) && Target(p) is not null)
            .ToLookup(p => Target(p)!);
        return _pointers[list];
    }

    /// <summary>The bytes a term takes in its shard (a pointer phrase: its key and its target's entry), 0 without an entry.</summary>
    private int EntrySize(PostingList list) =>
        !HasEntry(list) ? 0 : _postings.PointerPhrase(list.Key) ? KeySize(list) + Target(list)!.EntrySize - KeySize(Target(list)!) : list.EntrySize;

    private byte[] ShardBytes(int shard, JsonBuffer json)
    {
        json.Clear();
        json.Byte((byte)'{');
        foreach (var list in _shards[shard])
        {
            json.String(list.Text);
            json.Byte((byte)':');
            var entry = _postings.PointerPhrase(list.Key) ? Target(list)! : list;
            if (entry.LargeEntry is { } large)
            {
                json.Raw(large);
            }
            else
            {
                _files.Inline(entry, json);
            }

            json.Byte((byte)',');
        }

        json.Close((byte)'}');
        return json.ToArray();
    }

    private void Emit(Dictionary<string, byte[]?> changed, string path, byte[]? bytes)
    {
        var hash = bytes is null ? (ulong?)null : ContentHash.Of(bytes);
        var known = _hashes!.TryGetValue(path, out var was);
        if (hash is null ? !known : known && was == hash)
        {
            return;
        }

        if (hash is { } h)
        {
            _hashes[path] = h;
        }
        else
        {
            _hashes.Remove(path);
        }

        changed[path] = bytes;
    }

    private static int KeySize(PostingList list) => System.Text.Encoding.UTF8.GetByteCount(list.Text) + 4;

    private static string DocumentsPath(PostingList list) => $"{ShardedIndexWriter.Folder}d/{list.FileId}.json";

    private static string ChunkPath(PostingList list, int chunk) => $"{ShardedIndexWriter.Folder}p/{list.FileId}-{chunk}.bin";
}
