using System.Runtime.InteropServices;

namespace SiteGen.Core.Search.Index;

/// <summary>
/// Gathers every term's postings, documents in order. Terms are split into partitions by key, and each partition is
/// merged by one worker at a time, so the merge runs on every core without locks; a posting is a few varints in its
/// term's byte buffer, never an object.
/// </summary>
internal sealed class PostingAccumulator
{
    public const int Partitions = 16;

    /// <param name="entryPoints">Whether lists keep entry points for updates (<see cref="PostingList.Skips"/>); a one-off
    /// build never reads a list from the middle.</param>
    public PostingAccumulator(PhraseSet phrases, bool entryPoints)
    {
        Phrases = phrases;
        _entryPoints = entryPoints;
        for (var p = 0; p < Partitions; p++)
        {
            Terms[p] = [];
        }
    }

    private readonly bool _entryPoints;

    public PhraseSet Phrases { get; }

    public Dictionary<long, PostingList>[] Terms { get; } = new Dictionary<long, PostingList>[Partitions];

    public IEnumerable<PostingList> All => Terms.SelectMany(t => t.Values);

    public PostingList? Find(long key) => Terms[TermKey.Partition(key, Partitions)].GetValueOrDefault(key);

    public PostingList GetOrAdd(long key)
    {
        ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(Terms[TermKey.Partition(key, Partitions)], key, out _);
        return list ??= new PostingList(key, _entryPoints);
    }

    /// <summary>Adds one partition's share of a batch of documents, in document order.</summary>
    /// <returns>How many bytes the partition's lists grew by in memory.</returns>
    public long Add(int partition, int firstDocument, DocumentTerms[] batch)
    {
        var terms = Terms[partition];
        long grown = 0;
        for (var i = 0; i < batch.Length; i++)
        {
            var document = batch[i];
            for (var t = document.PartitionStarts[partition]; t < document.PartitionStarts[partition + 1]; t++)
            {
                var key = document.Keys[t];
                ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(terms, key, out _);
                list ??= new PostingList(key, _entryPoints);
                var before = list.Length;
                list.Append(firstDocument + i, document.Frequencies(t), document.Positions(t));
                grown += list.Length - before;
            }
        }

        return grown;
    }

    /// <summary>A phrase that shares a closed phrase's entry: it keeps no postings of its own.</summary>
    public bool PointerPhrase(long key) => TermKey.IsPhrase(key) && Phrases.TargetOf(TermKey.IdOf(key)) >= 0;
}
