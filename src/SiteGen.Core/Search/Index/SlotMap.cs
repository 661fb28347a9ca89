namespace SiteGen.Core.Search.Index;

/// <summary>
/// A document's term keys to their slots in <see cref="DocumentAnalyzer"/>: open addressing with linear probing, and
/// each bucket stamped with the document that filled it, so that starting the next document clears nothing. Every
/// bigram of a report is looked up here (about 7,000 a report); a <c>Dictionary&lt;long, int&gt;</c> cost twice the
/// time, most of it in its chains and in clearing it per document.
/// </summary>
internal sealed class SlotMap
{
    private long[] _keys = new long[8192];
    private int[] _slots = new int[8192];
    private int[] _stamps = new int[8192];
    private int _stamp = 1;
    private int _count;

    /// <summary>Empties the map for the next document.</summary>
    public void Clear()
    {
        _count = 0;
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stamps);
            _stamp = 1;
        }
    }

    /// <summary>The key's slot, or the one <paramref name="newSlot"/> gives it if the key is new.</summary>
    public int SlotOf(long key, Func<long, int> newSlot)
    {
        var mask = _keys.Length - 1;
        var bucket = Bucket(key, mask);
        while (_stamps[bucket] == _stamp)
        {
            if (_keys[bucket] == key)
            {
                return _slots[bucket];
            }

            bucket = (bucket + 1) & mask;
        }

        var slot = newSlot(key);
        (_keys[bucket], _slots[bucket], _stamps[bucket]) = (key, slot, _stamp);
        if (++_count * 2 > _keys.Length)
        {
            Grow();
        }

        return slot;
    }

    private static int Bucket(long key, int mask) => (int)((ulong)(key * -7046029254386353131L) >> 40) & mask;

    /// <summary>Doubles the buckets and places this document's keys again (a large report; kept for the next).</summary>
    private void Grow()
    {
        var (keys, slots, stamps) = (_keys, _slots, _stamps);
        _keys = new long[keys.Length * 2];
        _slots = new int[keys.Length * 2];
        _stamps = new int[keys.Length * 2];
        var mask = _keys.Length - 1;
        for (var b = 0; b < keys.Length; b++)
        {
            if (stamps[b] != _stamp)
            {
                continue;
            }

            var bucket = Bucket(keys[b], mask);
            while (_stamps[bucket] == _stamp)
            {
                bucket = (bucket + 1) & mask;
            }

            (_keys[bucket], _slots[bucket], _stamps[bucket]) = (keys[b], slots[b], _stamp);
        }
    }
}
