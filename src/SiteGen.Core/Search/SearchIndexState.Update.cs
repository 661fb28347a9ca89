using SiteGen.Core.Search.Index;

namespace SiteGen.Core.Search;

/// <summary>
/// An edit under <c>sitegen serve</c>: one document's postings replaced, and only the files whose bytes change
/// returned (its terms' shards; of a large term, its documents file and the one position chunk that covers it).
/// </summary>
public sealed partial class SearchIndexState
{
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
        // facets.json is every document's filter values: it changes only if the edited document's do.
        var facetsMoved = SearchFacets.All.Any(f => f.Value(_documents[number]) != f.Value(edited));
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
        WriteSmallFiles((path, bytes) => Emit(changed, path, bytes), facets: facetsMoved, lengths: bucketMoved);
        return changed;
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
}
