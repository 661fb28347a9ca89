using System.Text;

namespace SiteGen.Core.Search.Index;

/// <summary>
/// Writes the index's JSON straight as UTF-8 bytes: the term files are flat lists of small numbers, millions of them,
/// and building them as strings first was the slowest part of writing the index. A list's items are written as
/// <c>n,</c> and <see cref="Close"/> turns the last comma into the bracket.
/// </summary>
internal sealed class JsonBuffer
{
    private byte[] _bytes = new byte[4096];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Written => _bytes.AsSpan(0, Length);

    public byte[] ToArray() => Written.ToArray();

    public void Clear() => Length = 0;

    public void Truncate(int length) => Length = length;

    public void Byte(byte b)
    {
        Room(1);
        _bytes[Length++] = b;
    }

    public void Raw(ReadOnlySpan<byte> bytes)
    {
        Room(bytes.Length);
        bytes.CopyTo(_bytes.AsSpan(Length));
        Length += bytes.Length;
    }

    /// <summary>A list item: the number and a comma.</summary>
    public void Number(int value)
    {
        Room(12);
        value.TryFormat(_bytes.AsSpan(Length), out var written);
        Length += written;
        _bytes[Length++] = (byte)',';
    }

    /// <summary>Ends a list or object: replaces a trailing comma, or follows the opening bracket.</summary>
    public void Close(byte bracket)
    {
        if (Length > 0 && _bytes[Length - 1] == ',')
        {
            _bytes[Length - 1] = bracket;
        }
        else
        {
            Byte(bracket);
        }
    }

    /// <summary>A JSON string: only the quote, the backslash and control characters are escaped; the rest stays UTF-8.</summary>
    public void String(string text)
    {
        Byte((byte)'"');
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.Value is '"' or '\\')
            {
                Byte((byte)'\\');
                Byte((byte)rune.Value);
            }
            else if (rune.Value < 0x20)
            {
                Raw(Encoding.ASCII.GetBytes($"\\u{rune.Value:x4}"));
            }
            else
            {
                Room(4);
                Length += rune.EncodeToUtf8(_bytes.AsSpan(Length));
            }
        }

        Byte((byte)'"');
    }

    private void Room(int bytes)
    {
        if (_bytes.Length - Length < bytes)
        {
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, Length + bytes));
        }
    }
}
