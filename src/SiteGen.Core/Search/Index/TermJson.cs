using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SiteGen.Core.Search.Index;

/// <summary>The JSON of the term files, written by hand: they are flat lists of small numbers, millions of them.</summary>
internal static class TermJson
{
    private static readonly JsonSerializerOptions Keys = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>[document delta, weight, position count, position deltas …] for every document of the term.</summary>
    public static string Inline(List<DecodedPosting> postings)
    {
        var json = new StringBuilder("[");
        var previous = 0;
        foreach (var posting in postings)
        {
            Number(json, posting.Document - previous);
            Number(json, posting.Weight);
            Number(json, posting.Positions.Length);
            previous = posting.Document;
            Positions(json, posting.Positions);
        }

        return Close(json);
    }

    /// <summary>
    /// Writes a large term's files (documents and weights; positions in chunks) and returns the shard entry that
    /// points to them: <c>{"df": documents, "id": id, "chunks": [first document of each position file]}</c>.
    /// </summary>
    public static string Large(List<DecodedPosting> postings, int id, int chunkCharacters, Action<string, byte[]> write)
    {
        var documents = new StringBuilder("[");
        var previous = 0;
        foreach (var posting in postings)
        {
            Number(documents, posting.Document - previous);
            Number(documents, posting.Weight);
            previous = posting.Document;
        }

        write($"{ShardedIndexWriter.Folder}d/{id}.json", Encoding.UTF8.GetBytes(Close(documents)));

        // Positions: [document delta, position count, position deltas …] per document, the first delta from the
        // chunk's own first document, so each chunk decodes alone.
        var chunks = new List<int>();
        var chunk = new StringBuilder("[");
        var last = 0;
        foreach (var posting in postings.Where(p => p.Positions.Length > 0))
        {
            if (chunk.Length == 1)
            {
                chunks.Add(posting.Document);
                last = posting.Document;
            }

            Number(chunk, posting.Document - last);
            Number(chunk, posting.Positions.Length);
            last = posting.Document;
            Positions(chunk, posting.Positions);
            if (chunk.Length >= chunkCharacters)
            {
                write($"{ShardedIndexWriter.Folder}p/{id}-{chunks.Count - 1}.json", Encoding.UTF8.GetBytes(Close(chunk)));
                chunk.Clear().Append('[');
            }
        }

        if (chunk.Length > 1)
        {
            write($"{ShardedIndexWriter.Folder}p/{id}-{chunks.Count - 1}.json", Encoding.UTF8.GetBytes(Close(chunk)));
        }

        var entry = new StringBuilder($"{{\"df\":{postings.Count},\"id\":{id},\"chunks\":[");
        entry.AppendJoin(',', chunks).Append("]}");
        return entry.ToString();
    }

    public static byte[] Shard(IEnumerable<(string Term, string Json)> entries)
    {
        var json = new StringBuilder("{");
        foreach (var (term, value) in entries)
        {
            if (json.Length > 1)
            {
                json.Append(',');
            }

            json.Append(JsonSerializer.Serialize(term, Keys)).Append(':').Append(value);
        }

        return Encoding.UTF8.GetBytes(json.Append('}').ToString());
    }

    private static void Positions(StringBuilder json, int[] positions)
    {
        var previous = 0;
        foreach (var position in positions)
        {
            Number(json, position - previous);
            previous = position;
        }
    }

    private static void Number(StringBuilder json, int value)
    {
        if (json.Length > 1)
        {
            json.Append(',');
        }

        json.Append(value);
    }

    private static string Close(StringBuilder json) => json.Append(']').ToString();
}
