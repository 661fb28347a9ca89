namespace SiteGen.Core.Search.Index;

/// <summary>
/// One analysed document in flat arrays, its terms grouped by accumulator partition so that each partition's worker
/// reads only its own: per term its key, its count in each field (title, agency, body) and its kept positions.
/// The arrays are reused from batch to batch (they only grow), so analysing an archive allocates little.
/// </summary>
internal sealed class DocumentTerms
{
    public const int Fields = 3;

    private Dictionary<long, int>? _index;
    private int[] _frequencies = [];
    private int[] _positionStarts = [0];
    private int[] _positions = [];

    /// <summary>Tokens per field (the tokenizer's, not the extra characters the index keeps), for BM25.</summary>
    public int[] FieldLengths { get; private set; } = new int[Fields];

    public long[] Keys { get; private set; } = [];

    public int Count { get; private set; }

    /// <summary>The pointer phrases the document holds (ids): they are counted, not given postings.</summary>
    public List<int> PointerPhrases { get; } = [];

    /// <summary>Terms of partition p are <c>Keys[PartitionStarts[p]..PartitionStarts[p + 1]]</c>.</summary>
    public int[] PartitionStarts { get; private set; } = [];

    public ReadOnlySpan<int> Frequencies(int term) => _frequencies.AsSpan(term * Fields, Fields);

    public ReadOnlySpan<int> Positions(int term) => _positions.AsSpan(_positionStarts[term], _positionStarts[term + 1] - _positionStarts[term]);

    /// <summary>The index of a term in this document, or -1 (for incremental updates, built on first use).</summary>
    public int Find(long key)
    {
        _index ??= Enumerable.Range(0, Count).ToDictionary(i => Keys[i]);
        return _index.TryGetValue(key, out var i) ? i : -1;
    }

    /// <summary>Makes room for a document of <paramref name="terms"/> terms and <paramref name="positions"/> kept positions.</summary>
    public (long[] Keys, int[] Frequencies, int[] PositionStarts, int[] Positions) Reset(int terms, int positions, int partitions, int[] fieldLengths)
    {
        _index = null;
        Count = terms;
        FieldLengths = fieldLengths;
        if (Keys.Length < terms)
        {
            Keys = new long[terms * 5 / 4];
            _frequencies = new int[Keys.Length * Fields];
            _positionStarts = new int[Keys.Length + 1];
        }

        if (_positions.Length < positions)
        {
            _positions = new int[positions * 5 / 4];
        }

        if (PartitionStarts.Length != partitions + 1)
        {
            PartitionStarts = new int[partitions + 1];
        }

        _positionStarts.AsSpan(0, terms + 1).Clear();
        PartitionStarts.AsSpan().Clear();
        return (Keys, _frequencies, _positionStarts, _positions);
    }
}
