namespace SiteGen.Core.Search.Index;

/// <summary>
/// A growable byte buffer of unsigned LEB128 numbers: the index holds every posting of the archive in memory until it
/// is written, and most numbers (document deltas, term counts, position deltas) fit in one byte.
/// </summary>
public sealed class VarintBuffer
{
    private byte[] _bytes = new byte[16];

    public int Length { get; private set; }

    public void Add(int value)
    {
        var v = (uint)value;
        if (_bytes.Length - Length < 5)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + 5));
        }

        while (v >= 0x80)
        {
            _bytes[Length++] = (byte)(v | 0x80);
            v >>= 7;
        }

        _bytes[Length++] = (byte)v;
    }

    public void Append(VarintBuffer other)
    {
        if (_bytes.Length - Length < other.Length)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + other.Length));
        }

        Array.Copy(other._bytes, 0, _bytes, Length, other.Length);
        Length += other.Length;
    }

    public Reader Read() => new(_bytes, Length);

    /// <summary>Reads the numbers back in order.</summary>
    public struct Reader(byte[] bytes, int length)
    {
        private int _at;

        public readonly bool More => _at < length;

        public int Next()
        {
            uint value = 0;
            var shift = 0;
            byte b;
            do
            {
                b = bytes[_at++];
                value |= (uint)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);

            return (int)value;
        }
    }
}
