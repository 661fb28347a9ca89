namespace SiteGen.Core.Search.Index;

/// <summary>
/// The JSON of one term, as docs/search-index.md describes it: the inline entry of a small term
/// (<c>[doc Δ, w, (title, agency), n, position Δ …]</c>); for a large term its documents file (<c>d/ID.json</c>:
/// <c>{"term", "top": [the first page's cut fragments], "docs": [doc Δ, w, (title, agency) …]}</c>, see
/// <see cref="FirstPage"/>), its position chunks (<c>p/ID-K.bin</c>, binary, documents <c>K·r</c> to <c>(K+1)·r − 1</c>)
/// and its shard entry (<c>{df, id, r, chunks}</c>). The weight code <c>w = body count × 2 + 1 if the title or agency
/// holds the term</c> depends on the term's counts in the document alone: the body's length is in lengths.json, so
/// an edit that changes a report's length rewrites none of its terms' files.
/// </summary>
/// <param name="document">A document's facts (its body may be left out).</param>
/// <param name="body">A document's body, valid until the next call on the same thread.</param>
internal sealed class TermFiles(ShardedIndexOptions options, Func<int> documents, Func<int, int> bucket, Func<int, SearchDocument> document, TermFiles.BodyOf body)
{
    public delegate ReadOnlySpan<char> BodyOf(int number);

    /// <summary>Appends the inline entry; false (and nothing appended) if it is longer than the inline limit.</summary>
    public bool Inline(PostingList list, JsonBuffer json)
    {
        var start = json.Length;
        json.Byte((byte)'[');
        var reader = list.Read();
        var previous = 0;
        while (reader.Next())
        {
            Head(reader, json, ref previous);
            json.Number(reader.PositionCount);
            reader.WritePositionDeltas(json);
            if (json.Length - start > options.InlineLimit)
            {
                json.Truncate(start);
                return false;
            }
        }

        json.Close((byte)']');
        return true;
    }

    /// <summary>
    /// How many document numbers one position chunk covers: a power of two, so chunks would hold about
    /// <see cref="ShardedIndexOptions.PositionChunk"/> characters as decimal JSON (a position takes about 4, a
    /// document's header 6). Binary, they take about 0.44 of that: about what the JSON took gzipped, so a phrase query
    /// fetches as many bytes as before for the same documents.
    /// </summary>
    public int Stride(PostingList list)
    {
        var characters = (4 * list.PositionCount) + (6L * list.DocumentsWithPositions);
        var stride = 1;
        while (characters > 0 && (long)stride * 2 * characters <= (long)options.PositionChunk * documents())
        {
            stride *= 2;
        }

        return stride;
    }

    /// <summary>
    /// The documents file: the term its first page was cut for (a phrase that points to this term's entry has its own
    /// first occurrences), the first page's fragments (cut to the snippet), then every document's weight code. Sets
    /// the list's <see cref="PostingList.Top"/> and the hashes of those fragments, which an update compares.
    /// </summary>
    public byte[] Documents(PostingList list, JsonBuffer json, double average)
    {
        json.Clear();
        json.Raw("{\"term\":"u8);
        json.String(list.Text);
        json.Raw(",\"top\":["u8);
        (list.Top, list.TopLast) = FirstPage.Of(list, bucket, average);
        list.TopHashes = new ulong[list.Top.Length];
        for (var i = 0; i < list.Top.Length; i++)
        {
            var start = json.Length;
            SnippetWindow.Write(document(list.Top[i]), body(list.Top[i]), list.Text, json);
            list.TopHashes[i] = ContentHash.Of(json.Written[start..]);
        }

        json.Close((byte)']');
        json.Raw(",\"docs\":["u8);
        var reader = list.Read();
        var previous = 0;
        while (reader.Next())
        {
            Head(reader, json, ref previous);
        }

        json.Close((byte)']');
        json.Byte((byte)'}');
        return json.ToArray();
    }

    /// <summary>Whether the first page's fragment of <paramref name="number"/> (which is on it) is the one written.</summary>
    public bool SameFragment(PostingList list, int number, JsonBuffer json)
    {
        var i = Array.IndexOf(list.Top, number);
        json.Clear();
        SnippetWindow.Write(document(number), body(number), list.Text, json);
        return ContentHash.Of(json.Written) == list.TopHashes[i];
    }

    /// <summary>
    /// Every position chunk of the term, or only chunk <paramref name="only"/>; chunks without positions are absent.
    /// A chunk is binary: unsigned LEB128 varints, per document its delta (the first from the chunk's first document
    /// number), its count of positions and their deltas (the first from 0). The deltas are the list's own bytes,
    /// copied; as decimal JSON the chunks took 2.3 times the room (463 MB at 10,000 reports).
    /// </summary>
    public List<(int Chunk, byte[] Bytes)> Chunks(PostingList list, int stride, int only = -1)
    {
        var chunks = new List<(int, byte[])>();
        var reader = only >= 0 ? list.ReadFrom(only * stride) : list.Read();
        var chunk = -1;
        var previous = 0;
        var bytes = new VarintWriter();
        while (reader.Next())
        {
            if (only >= 0 && reader.Document / stride > only)
            {
                break;
            }

            if (reader.PositionCount == 0 || (only >= 0 && reader.Document / stride != only))
            {
                continue;
            }

            if (reader.Document / stride != chunk)
            {
                if (chunk >= 0)
                {
                    chunks.Add((chunk, bytes.Written.ToArray()));
                }

                chunk = reader.Document / stride;
                previous = chunk * stride;
                bytes.Clear();
            }

            bytes.Add(reader.Document - previous);
            previous = reader.Document;
            bytes.Add(reader.PositionCount);
            bytes.Raw(reader.PositionBytes);
        }

        if (chunk >= 0)
        {
            chunks.Add((chunk, bytes.Written.ToArray()));
        }

        return chunks;
    }

    public static byte[] LargeEntry(PostingList list, string id, int stride, IEnumerable<int> chunks)
    {
        var json = new JsonBuffer();
        json.Raw("{\"df\":"u8);
        json.Number(list.Documents);
        json.Raw("\"id\":"u8);
        json.String(id);
        json.Raw(",\"r\":"u8);
        json.Number(stride);
        json.Raw("\"chunks\":["u8);
        foreach (var chunk in chunks)
        {
            json.Number(chunk);
        }

        json.Close((byte)']');
        json.Byte((byte)'}');
        return json.ToArray();
    }

    /// <summary>A posting's start in shards and documents files alike: the document as a delta, then its weight code.</summary>
    private void Head(PostingReader reader, JsonBuffer json, ref int previous)
    {
        json.Number(reader.Document - previous);
        previous = reader.Document;
        Weight(reader, json);
    }

    private void Weight(PostingReader reader, JsonBuffer json)
    {
        var others = reader.Title != 0 || reader.Agency != 0 ? 1 : 0;
        json.Number((reader.Body * 2) + others);
        if (others == 1)
        {
            json.Number(reader.Title);
            json.Number(reader.Agency);
        }
    }
}
