namespace SiteGen.Core.Search.Index;

/// <summary>Walks a <see cref="PostingList"/> one document at a time; positions are decoded only when asked for.</summary>
internal struct PostingReader(byte[] bytes, int length, int start = 0, int previous = -1)
{
    private int _at = start;

    public int Document { get; private set; } = previous;

    public int Title { get; private set; }

    public int Agency { get; private set; }

    public int Body { get; private set; }

    public int PositionCount { get; private set; }

    /// <summary>Where this document's posting starts (its delta) and ends, in the list's bytes.</summary>
    public int Start { get; private set; }

    public int End { get; private set; }

    private int _positionsAt;

    public bool Next()
    {
        if (_at >= length)
        {
            return false;
        }

        Start = _at;
        Document += Read() + 1;
        var code = Read();
        Body = code >> 1;
        (Title, Agency) = (code & 1) == 1 ? (Read(), Read()) : (0, 0);
        PositionCount = Read();
        _positionsAt = _at;
        for (var i = 0; i < PositionCount; i++)
        {
            while ((bytes[_at++] & 0x80) != 0)
            {
            }
        }

        End = _at;
        return true;
    }

    /// <summary>The current document's kept positions, absolute.</summary>
    public readonly int[] Positions()
    {
        var positions = new int[PositionCount];
        var at = _positionsAt;
        var previous = 0;
        for (var i = 0; i < positions.Length; i++)
        {
            previous += ReadAt(ref at);
            positions[i] = previous;
        }

        return positions;
    }

    /// <summary>The current document's position deltas as the list stores them: varints, the first from 0.</summary>
    public readonly ReadOnlySpan<byte> PositionBytes => bytes.AsSpan(_positionsAt, End - _positionsAt);

    /// <summary>Writes the current document's position deltas as JSON numbers, without an array.</summary>
    public readonly void WritePositionDeltas(JsonBuffer json)
    {
        var at = _positionsAt;
        for (var i = 0; i < PositionCount; i++)
        {
            json.Number(ReadAt(ref at));
        }
    }

    private int Read() => ReadAt(ref _at);

    private readonly int ReadAt(ref int at)
    {
        uint value = 0;
        var shift = 0;
        byte b;
        do
        {
            b = bytes[at++];
            value |= (uint)(b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);

        return (int)value;
    }
}
