using System.Text;

namespace SiteGen.Core.Search;

/// <summary>
/// Which shard a term lives in: FNV-1a (32-bit) over the term's UTF-8 bytes, modulo the shard count.
/// search.js computes the same hash, so the page fetches exactly the shards its query terms need.
/// </summary>
public static class TermHash
{
    public static uint Fnv1a(string term)
    {
        var hash = 2166136261u;
        Span<byte> buffer = stackalloc byte[Encoding.UTF8.GetMaxByteCount(term.Length)];
        var length = Encoding.UTF8.GetBytes(term, buffer);
        foreach (var b in buffer[..length])
        {
            hash ^= b;
            hash *= 16777619u;
        }

        return hash;
    }

    public static int Shard(string term, int shards) => (int)(Fnv1a(term) % (uint)shards);
}
