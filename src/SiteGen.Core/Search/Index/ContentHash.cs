using System.Buffers.Binary;

namespace SiteGen.Core.Search.Index;

/// <summary>A fast 64-bit hash of a file's bytes: an incremental update compares it to tell which files changed.</summary>
internal static class ContentHash
{
    public static ulong Of(ReadOnlySpan<byte> bytes)
    {
        var hash = 0x9E3779B97F4A7C15UL ^ (ulong)bytes.Length;
        var i = 0;
        for (; i + 8 <= bytes.Length; i += 8)
        {
            hash = Mix(hash ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes[i..]));
        }

        ulong tail = 0;
        for (var shift = 0; i < bytes.Length; i++, shift += 8)
        {
            tail |= (ulong)bytes[i] << shift;
        }

        return Mix(hash ^ tail);
    }

    private static ulong Mix(ulong h)
    {
        h *= 0xFF51AFD7ED558CCDUL;
        return h ^ (h >> 31);
    }
}
