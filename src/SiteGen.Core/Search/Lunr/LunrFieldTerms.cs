namespace SiteGen.Core.Search.Lunr;

/// <summary>
/// One field of one document: its length in terms (repeats included, as lunr's fieldLengths) and its distinct
/// terms as term numbers with their frequencies, ascending by term number. lunr.Vector.prototype.dot merges
/// two vectors by walking both in ascending order, so an unsorted vector gives silently wrong scores.
/// </summary>
internal sealed class LunrFieldTerms
{
    private LunrFieldTerms(int length, int[] termIndexes, int[] frequencies)
    {
        Length = length;
        TermIndexes = termIndexes;
        Frequencies = frequencies;
    }

    public int Length { get; }

    public int[] TermIndexes { get; }

    public int[] Frequencies { get; }

    public static LunrFieldTerms From(int length, Dictionary<int, int> frequencyByTermIndex)
    {
        var termIndexes = frequencyByTermIndex.Keys.ToArray();
        var frequencies = frequencyByTermIndex.Values.ToArray();
        Array.Sort(termIndexes, frequencies);
        return new LunrFieldTerms(length, termIndexes, frequencies);
    }
}
