using System.Buffers.Binary;
using System.Numerics;

namespace SiteGen.Core.Output;

/// <summary>
/// XXH64 (Yann Collet's xxHash, 64-bit, seed 0), written out here because System.IO.Hashing is not served to this
/// project. It digests the output's files for the manifest, every byte of the 4.5 GB a 10,000-report build writes:
/// with it in place of SHA-256, alternating builds took 24.5 and 26.7 s against 28.0 and 31.9 s (docs/scale.md). Fed
/// in parts of any length, it gives the digest of their bytes one after the other.
/// </summary>
internal sealed class XxHash64
{
    private const ulong Prime1 = 0x9E3779B185EBCA87UL;
    private const ulong Prime2 = 0xC2B2AE3D27D4EB4FUL;
    private const ulong Prime3 = 0x165667B19E3779F9UL;
    private const ulong Prime4 = 0x85EBCA77C2B2AE63UL;
    private const ulong Prime5 = 0x27D4EB2F165667C5UL;
    private const int Stripe = 32;

    private ulong _v1 = unchecked(Prime1 + Prime2);
    private ulong _v2 = Prime2;
    private ulong _v3;
    private ulong _v4 = unchecked(0 - Prime1);
    private readonly byte[] _pending = new byte[Stripe]; // the bytes of an unfinished stripe
    private int _pendingLength;
    private long _length;

    public static ulong Of(ReadOnlySpan<byte> bytes)
    {
        var hash = new XxHash64();
        hash.Add(bytes);
        return hash.Digest();
    }

    public void Add(ReadOnlySpan<byte> bytes)
    {
        _length += bytes.Length;
        if (_pendingLength > 0)
        {
            var take = Math.Min(Stripe - _pendingLength, bytes.Length);
            bytes[..take].CopyTo(_pending.AsSpan(_pendingLength));
            _pendingLength += take;
            bytes = bytes[take..];
            if (_pendingLength < Stripe)
            {
                return;
            }

            Stripes(_pending);
            _pendingLength = 0;
        }

        var whole = bytes.Length - (bytes.Length % Stripe);
        Stripes(bytes[..whole]);
        bytes[whole..].CopyTo(_pending);
        _pendingLength = bytes.Length - whole;
    }

    /// <summary>The digest of everything added so far.</summary>
    public ulong Digest()
    {
        var hash = _length >= Stripe
            ? Merge(Merge(Merge(Merge(BitOperations.RotateLeft(_v1, 1) + BitOperations.RotateLeft(_v2, 7) + BitOperations.RotateLeft(_v3, 12) + BitOperations.RotateLeft(_v4, 18), _v1), _v2), _v3), _v4)
            : _v3 + Prime5; // the seed (0) plus Prime5: no stripe was ever mixed in
        hash += (ulong)_length;
        ReadOnlySpan<byte> tail = _pending.AsSpan(0, _pendingLength);
        while (tail.Length >= 8)
        {
            hash ^= Round(0, BinaryPrimitives.ReadUInt64LittleEndian(tail));
            hash = (BitOperations.RotateLeft(hash, 27) * Prime1) + Prime4;
            tail = tail[8..];
        }

        if (tail.Length >= 4)
        {
            hash ^= BinaryPrimitives.ReadUInt32LittleEndian(tail) * Prime1;
            hash = (BitOperations.RotateLeft(hash, 23) * Prime2) + Prime3;
            tail = tail[4..];
        }

        foreach (var b in tail)
        {
            hash ^= b * Prime5;
            hash = BitOperations.RotateLeft(hash, 11) * Prime1;
        }

        hash ^= hash >> 33;
        hash *= Prime2;
        hash ^= hash >> 29;
        hash *= Prime3;
        hash ^= hash >> 32;
        return hash;
    }

    private void Stripes(ReadOnlySpan<byte> bytes)
    {
        var (v1, v2, v3, v4) = (_v1, _v2, _v3, _v4);
        for (var at = 0; at + Stripe <= bytes.Length; at += Stripe)
        {
            v1 = Round(v1, BinaryPrimitives.ReadUInt64LittleEndian(bytes[at..]));
            v2 = Round(v2, BinaryPrimitives.ReadUInt64LittleEndian(bytes[(at + 8)..]));
            v3 = Round(v3, BinaryPrimitives.ReadUInt64LittleEndian(bytes[(at + 16)..]));
            v4 = Round(v4, BinaryPrimitives.ReadUInt64LittleEndian(bytes[(at + 24)..]));
        }

        (_v1, _v2, _v3, _v4) = (v1, v2, v3, v4);
    }

    private static ulong Round(ulong accumulator, ulong input) =>
        BitOperations.RotateLeft(accumulator + (input * Prime2), 31) * Prime1;

    private static ulong Merge(ulong hash, ulong accumulator) => ((hash ^ Round(0, accumulator)) * Prime1) + Prime4;
}
