using System.Text;

namespace SiteGen.Core.Search.Index;

/// <summary>
/// A term as a 64-bit key, so that analysing a document allocates no string per token: a single code point (a Han
/// character or a punctuation mark) is its own value; a Han bigram packs its two code points; a word or a frequent
/// phrase is an id into <see cref="TermTable"/>. The top bits say which kind it is.
/// </summary>
internal static class TermKey
{
    private const int KindShift = 42;
    private const long Bigram = 1L << KindShift;
    private const long Word = 2L << KindShift;
    private const long Phrase = 3L << KindShift;
    private const long Payload = (1L << KindShift) - 1;

    public static long OfCodePoint(int codePoint) => codePoint;

    public static long OfBigram(int first, int second) => Bigram | ((long)first << 21) | (uint)second;

    public static long OfWord(int id) => Word | (uint)id;

    public static long OfPhrase(int id) => Phrase | (uint)id;

    public static bool IsPhrase(long key) => (key & ~Payload) == Phrase;

    public static int IdOf(long key) => (int)(key & Payload);

    public static string Text(long key, TermTable table) => (key & ~Payload) switch
    {
        0 => char.ConvertFromUtf32((int)key),
        Bigram => char.ConvertFromUtf32((int)((key >> 21) & 0x1F_FFFF)) + char.ConvertFromUtf32((int)(key & 0x1F_FFFF)),
        Word => table.Word(IdOf(key)),
        _ => table.Phrases.Text(IdOf(key)),
    };

    /// <summary>Spreads a key over the accumulator's partitions (which worker merges it), not the shard files.</summary>
    public static int Partition(long key, int partitions) => (int)((ulong)(key * -7046029254386353131L) >> 40) % partitions;

    /// <summary>A stable file name for a large term's files: 40 bits of FNV-1a (64-bit) over its UTF-8, base 36.</summary>
    public static string FileId(string term)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(term))
        {
            hash ^= b;
            hash *= 1099511628211UL;
        }

        hash &= (1UL << 40) - 1;
        var id = new StringBuilder();
        do
        {
            id.Insert(0, "0123456789abcdefghijklmnopqrstuvwxyz"[(int)(hash % 36)]);
            hash /= 36;
        }
        while (hash > 0);
        return id.ToString();
    }
}
