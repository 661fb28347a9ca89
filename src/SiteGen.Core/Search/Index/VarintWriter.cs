namespace SiteGen.Core.Search.Index;

/// <summary>A reusable growable buffer of unsigned LEB128 numbers, for encoding one posting at a time.</summary>
internal sealed class VarintWriter
{
    private byte[] _bytes = new byte[64];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public void Clear() => Length = 0;

    /// <summary>Bytes already encoded as varints, copied as they are.</summary>
    public void Raw(ReadOnlySpan<byte> bytes)
    {
        if (_bytes.Length - Length < bytes.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + bytes.Length));
        }

        bytes.CopyTo(_bytes.AsSpan(Length));
        Length += bytes.Length;
    }

    public void Add(int value)
    {
        if (_bytes.Length - Length < 5)
        {
            Array.Resize(ref _bytes, _bytes.Length * 2);
        }

        var v = (uint)value;
        while (v >= 0x80)
        {
            _bytes[Length++] = (byte)(v | 0x80);
            v >>= 7;
        }

        _bytes[Length++] = (byte)v;
    }
}
