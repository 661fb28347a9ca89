using System.Buffers;
using SiteGen.Core.TempFiles;

namespace SiteGen.Core.Search.Index;

/// <summary>
/// One term's postings as varints, in document order: per document the document delta (from the previous document,
/// the first from -1), <c>body count × 2 + 1 if the title or agency holds it</c>, then those two counts if so, then
/// the number of kept positions and their deltas. Only what depends on the document itself: BM25's length
/// normalization and idf are applied when files are written (or by the page), so one edited report changes only its
/// own postings.
/// </summary>
/// <param name="entryPoints">Whether to keep <see cref="Skips"/>: only updates read from the middle of a list (at
/// 10,000 reports they took 15 MB).</param>
internal sealed class PostingList(long key, bool entryPoints = true)
{
    private static readonly byte[] None = [];

    public long Key { get; } = key;

    public byte[] Bytes { get; private set; } = None;

    public int Length { get; private set; }

    public int LastDocument { get; set; } = -1;

    /// <summary>How many documents hold the term (for a pointer phrase, counted without postings).</summary>
    public int Documents { get; set; }

    public long PositionCount { get; set; }

    public int DocumentsWithPositions { get; set; }

    /// <summary>The term as text, set once all documents are in.</summary>
    public string Text { get; set; } = "";

    /// <summary>The name of a large term's files (d/ID.json, p/ID-K.bin), or null for a term inline in its shard.</summary>
    public string? FileId { get; set; }

    /// <summary>A large term's shard entry, kept so that rewriting its shard needs no pass over its postings.</summary>
    public byte[]? LargeEntry { get; set; }

    /// <summary>The shard file the term's entry is in.</summary>
    public int Shard { get; set; }

    /// <summary>A large term's position chunk stride and the chunks that exist.</summary>
    public int Stride { get; set; }

    public List<int> Chunks { get; set; } = [];

    /// <summary>A large term's first page of results, as its documents file carries them, and the hashes of their
    /// fragments there: an edit rewrites the file only if its document's fragment or the page changed.</summary>
    public int[] Top { get; set; } = [];

    public ulong[] TopHashes { get; set; } = [];

    /// <summary>The weight of the first page's last document (negative infinity while the page is not full): a
    /// document whose length changed can enter the page only if it now weighs at least this.</summary>
    public double TopLast { get; set; }

    /// <summary>The characters the term takes in its shard (key and entry), for the shard count.</summary>
    public int EntrySize { get; set; }

    /// <summary>
    /// Entry points into the list, every <see cref="SkipEvery"/> documents: where a document's posting starts and the
    /// document before it, so that an update reads from near the edited document instead of from the start.
    /// </summary>
    public List<Skip> Skips { get; } = [];

    public const int SkipEvery = 64;

    /// <summary>The pieces of the list a one-off build moved to its <see cref="SpillFile"/>, in order: they come
    /// before <see cref="Bytes"/>.</summary>
    private List<(long Offset, int Length)>? _spilled;
    private int _spilledLength;
    private bool _rented; // Bytes came from the shared pool (Unspill)

    public bool IsSpilled => _spilled is not null;

    /// <summary>The list's length in bytes, its spilled pieces included.</summary>
    public int TotalLength => _spilledLength + Length;

    public void Append(int document, ReadOnlySpan<int> frequencies, ReadOnlySpan<int> positions)
    {
        EnsureRoom(5 * (5 + positions.Length));
        if (entryPoints && Documents % SkipEvery == SkipEvery - 1)
        {
            Skips.Add(new Skip(document, TotalLength, LastDocument));
        }

        Put(document - LastDocument - 1);
        LastDocument = document;
        Documents++;
        PutPosting(frequencies, positions);
        PositionCount += positions.Length;
        DocumentsWithPositions += positions.IsEmpty ? 0 : 1;
    }

    /// <summary>Replaces the whole list (an incremental update splices a document in or out).</summary>
    public void Replace(byte[] bytes, int length)
    {
        Bytes = bytes;
        Length = length;
    }

    public PostingReader Read() => IsSpilled
        ? throw new InvalidOperationException("Part of this posting list is in the spill file: read it back first (Unspill).")
        : new(Bytes, Length);

    /// <summary>
    /// Moves the list's bytes to the end of <paramref name="spill"/>; appending goes on after them, in the same array
    /// (a list that grew this far will grow as much again before the next spill; made anew, it would be made again
    /// and again on its way back to that size).
    /// </summary>
    public void SpillTo(SpillFile spill)
    {
        if (Length > 0)
        {
            Spilled(spill.Append(Bytes.AsSpan(0, Length)));
        }
    }

    /// <summary>
    /// Notes that the list's bytes (all <see cref="Length"/> of them) were written at <paramref name="offset"/> of the
    /// spill file, by the caller with other lists' in one write (<see cref="SpillBatch"/>); appending goes on after
    /// them, as with <see cref="SpillTo"/>.
    /// </summary>
    public void Spilled(long offset)
    {
        (_spilled ??= []).Add((offset, Length));
        _spilledLength += Length;
        Length = 0;
    }

    /// <summary>
    /// Reads the spilled pieces back: the list is whole in <see cref="Bytes"/> again, in an array from the shared pool
    /// that <see cref="Release"/> gives back. Large terms' lists run to hundreds of KB; as new arrays, each was garbage
    /// on the large object heap as soon as its files were written, 272 MB of them at 10,000 reports.
    /// </summary>
    public void Unspill(SpillFile? spill)
    {
        if (_spilled is null)
        {
            return;
        }

        var whole = ArrayPool<byte>.Shared.Rent(TotalLength);
        _rented = true;
        var at = 0;
        foreach (var (offset, length) in _spilled)
        {
            spill!.Read(offset, whole.AsSpan(at, length));
            at += length;
        }

        Bytes.AsSpan(0, Length).CopyTo(whole.AsSpan(at));
        var total = at + Length;
        (_spilled, _spilledLength) = (null, 0);
        Replace(whole, total);
    }

    /// <summary>A reader whose first document is the last entry point at or before <paramref name="document"/>.</summary>
    public PostingReader ReadFrom(int document)
    {
        var i = SkipBefore(document);
        return i < 0 ? Read() : new PostingReader(Bytes, Length, Skips[i].Offset, Skips[i].Previous);
    }

    private int SkipBefore(int document)
    {
        int lo = 0, hi = Skips.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (Skips[mid].Document <= document)
            {
                (found, lo) = (mid, mid + 1);
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>
    /// Puts one document's new posting in place of its old one (either may be absent), as if the list had been built
    /// with the new one: the next document's delta is re-encoded, the rest is copied as it is.
    /// </summary>
    public void Splice(int document, ReadOnlySpan<int> frequencies, ReadOnlySpan<int> positions)
    {
        var skip = SkipBefore(document);
        var reader = ReadFrom(document);
        var previous = skip < 0 ? -1 : Skips[skip].Previous;
        int start = Length, end = Length;
        var oldPositions = -1;
        var hasNext = false;
        var next = 0;
        while (reader.Next())
        {
            if (reader.Document >= document)
            {
                start = reader.Start;
                if (reader.Document == document)
                {
                    oldPositions = reader.PositionCount;
                    end = reader.End;
                    hasNext = reader.Next();
                }
                else
                {
                    end = start;
                    hasNext = true;
                }

                next = reader.Document;
                break;
            }

            previous = reader.Document;
        }

        var added = !frequencies.IsEmpty;
        var writer = new VarintWriter();
        if (added)
        {
            writer.Add(document - previous - 1);
            Encode(writer, frequencies, positions);
        }

        var nextDeltaEnd = end;
        if (hasNext)
        {
            while ((Bytes[nextDeltaEnd++] & 0x80) != 0)
            {
            }

            writer.Add(next - (added ? document : previous) - 1);
        }

        var bytes = new byte[start + writer.Length + (Length - nextDeltaEnd)];
        Bytes.AsSpan(0, start).CopyTo(bytes);
        writer.Written.CopyTo(bytes.AsSpan(start));
        Bytes.AsSpan(nextDeltaEnd, Length - nextDeltaEnd).CopyTo(bytes.AsSpan(start + writer.Length));
        var grown = bytes.Length - Length;
        Replace(bytes, bytes.Length);
        FixSkips(skip, document, added, added ? document : previous, grown, hasNext ? next : -1);

        if (oldPositions >= 0)
        {
            Documents--;
            PositionCount -= oldPositions;
            DocumentsWithPositions -= oldPositions > 0 ? 1 : 0;
        }

        if (added)
        {
            Documents++;
            PositionCount += positions.Length;
            DocumentsWithPositions += positions.IsEmpty ? 0 : 1;
        }

        LastDocument = hasNext ? Math.Max(LastDocument, document) : added ? document : previous;
    }

    /// <summary>The varints of one document's posting after its delta, as <see cref="Append"/> writes them.</summary>
    public static void Encode(VarintWriter writer, ReadOnlySpan<int> frequencies, ReadOnlySpan<int> positions)
    {
        var others = frequencies[0] != 0 || frequencies[1] != 0;
        writer.Add((frequencies[2] << 1) | (others ? 1 : 0));
        if (others)
        {
            writer.Add(frequencies[0]);
            writer.Add(frequencies[1]);
        }

        writer.Add(positions.Length);
        var previous = 0;
        foreach (var position in positions)
        {
            writer.Add(position - previous);
            previous = position;
        }
    }

    private void PutPosting(ReadOnlySpan<int> frequencies, ReadOnlySpan<int> positions)
    {
        var others = frequencies[0] != 0 || frequencies[1] != 0;
        Put((frequencies[2] << 1) | (others ? 1 : 0));
        if (others)
        {
            Put(frequencies[0]);
            Put(frequencies[1]);
        }

        Put(positions.Length);
        var previous = 0;
        foreach (var position in positions)
        {
            Put(position - previous);
            previous = position;
        }
    }

    /// <summary>After a splice at <paramref name="document"/>: later entry points move by the bytes the list grew, the
    /// one at the next document gets its new predecessor, and one at the document itself goes if the document went.</summary>
    private void FixSkips(int from, int document, bool added, int predecessor, int grown, int next)
    {
        for (var i = Math.Max(0, from); i < Skips.Count; i++)
        {
            var skip = Skips[i];
            if (skip.Document < document)
            {
                continue;
            }

            if (skip.Document == document)
            {
                if (!added)
                {
                    Skips.RemoveAt(i--);
                }

                continue;
            }

            Skips[i] = skip with { Offset = skip.Offset + grown, Previous = skip.Document == next ? predecessor : skip.Previous };
        }
    }

    /// <summary>
    /// Drops the postings: a one-off build calls this once a large term's files are written, since nothing reads them
    /// after (its shard entry is <see cref="LargeEntry"/>). Large terms hold most of the index's 435 MB of postings at
    /// 10,000 reports, and the shards and fragments written after them need the room.
    /// </summary>
    public void Release()
    {
        if (_rented)
        {
            ArrayPool<byte>.Shared.Return(Bytes);
            _rented = false;
        }

        Bytes = None;
        Length = 0;
        Skips.Clear();
        Skips.TrimExcess();
    }

    private void EnsureRoom(int bytes)
    {
        if (Bytes.Length - Length < bytes)
        {
            var grown = new byte[Math.Max(Math.Max(16, Bytes.Length * 2), Length + bytes)];
            Bytes.AsSpan(0, Length).CopyTo(grown);
            Bytes = grown;
        }
    }

    private void Put(int value)
    {
        var v = (uint)value;
        while (v >= 0x80)
        {
            Bytes[Length++] = (byte)(v | 0x80);
            v >>= 7;
        }

        Bytes[Length++] = (byte)v;
    }
}

/// <summary>An entry point into a posting list: <paramref name="Document"/>'s posting starts at <paramref name="Offset"/>,
/// after <paramref name="Previous"/>.</summary>
internal readonly record struct Skip(int Document, int Offset, int Previous);
