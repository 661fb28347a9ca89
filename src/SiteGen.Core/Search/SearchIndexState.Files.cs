using System.Text.Json;
using SiteGen.Core.Search.Index;

namespace SiteGen.Core.Search;

/// <summary>
/// The files under search/: which terms are large (a documents file and position chunks of their own) and which sit
/// inline in their shard, the shards themselves, and the small files (meta, lengths) beside them.
/// </summary>
public sealed partial class SearchIndexState
{
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

    /// <param name="facets">Whether facets.json may have changed: it holds every document's filter values (232 KB at
    /// 10,000 reports), and making it took 20-40 ms of each edit under serve, which rarely changes them.</param>
    /// <param name="lengths">Whether lengths.json may have changed: every document's length bucket.</param>
    private void WriteSmallFiles(Action<string, byte[]> write, bool facets = true, bool lengths = true)
    {
        var averages = Averages();
        write($"{ShardedIndexWriter.Folder}meta.json", JsonSerializer.SerializeToUtf8Bytes(SearchMeta.Meta(_documents, _shards.Length, averages), Json));
        if (facets)
        {
            write($"{ShardedIndexWriter.Folder}facets.json", JsonSerializer.SerializeToUtf8Bytes(SearchMeta.Facets(_documents), Json));
        }

        if (lengths)
        {
            write($"{ShardedIndexWriter.Folder}lengths.json", JsonSerializer.SerializeToUtf8Bytes(_buckets.Select(b => (int)b)));
        }
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

    private static int KeySize(PostingList list) => System.Text.Encoding.UTF8.GetByteCount(list.Text) + 4;

    private static string DocumentsPath(PostingList list) => $"{ShardedIndexWriter.Folder}d/{list.FileId}.json";

    private static string ChunkPath(PostingList list, int chunk) => $"{ShardedIndexWriter.Folder}p/{list.FileId}-{chunk}.bin";
}
