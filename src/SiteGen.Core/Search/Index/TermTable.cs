using System.Collections.Concurrent;

namespace SiteGen.Core.Search.Index;

/// <summary>
/// The strings behind the keys that are not code points: words (interned as documents are analysed, from any
/// thread) and the frequent phrases (fixed before analysis starts).
/// </summary>
internal sealed class TermTable(PhraseSet phrases)
{
    private readonly ConcurrentDictionary<string, int> _wordIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, string> _words = new();
    private int _nextWord = -1;

    public PhraseSet Phrases { get; } = phrases;

    public string Word(int id) => _words[id];

    /// <summary>The id of a word, adding it on first sight; allocates a string only then.</summary>
    public int WordId(ReadOnlySpan<char> word)
    {
        var lookup = _wordIds.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var id))
        {
            return id;
        }

        var text = word.ToString();
        return _wordIds.GetOrAdd(text, t =>
        {
            var added = Interlocked.Increment(ref _nextWord);
            _words[added] = t;
            return added;
        });
    }
}
