namespace SiteGen.Core.Search;

/// <summary>
/// A term the index stores, where it stands, whether its position is kept, and whether it is one of the tokenizer's
/// tokens (only those count towards a field's length for BM25).
/// </summary>
public readonly record struct IndexedToken(string Term, int Position, bool KeepPosition, bool Counts = false);

/// <summary>
/// The terms the sharded index stores for a text: the tokenizer's tokens, plus every Han character on its own, so
/// that a one-character query matches inside longer runs, where the tokenizer only gives bigrams.
/// A single character's position is kept only at the edge of its run: a query needs it only where the character
/// stands next to something that is not Han ("2024年"), and that is always a run's edge in the text too. This keeps
/// the positions of single characters to a fraction of their occurrences.
/// </summary>
public static class IndexedTerms
{
    public static IEnumerable<IndexedToken> Of(string normalizedText)
    {
        var position = 0;
        foreach (var rune in normalizedText.EnumerateRunes())
        {
            if (IsPunctuation(rune))
            {
                yield return new IndexedToken(rune.ToString(), position, KeepPosition: true);
            }

            position++;
        }

        var tokens = ChineseTokenizer.Tokenize(normalizedText);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            yield return new IndexedToken(token.Term, token.Position, KeepPosition: true, Counts: true);
            if (!IsBigram(token.Term))
            {
                continue;
            }

            var previous = i > 0 ? tokens[i - 1] : default;
            var runStarts = previous.Term is null || previous.Position != token.Position - 1 || !IsBigram(previous.Term);
            var first = char.ConvertToUtf32(token.Term, 0);
            yield return new IndexedToken(char.ConvertFromUtf32(first), token.Position, KeepPosition: runStarts);

            // The last character of a run: no further bigram starts there.
            var next = i + 1 < tokens.Count ? tokens[i + 1] : default;
            if (next.Term is null || next.Position != token.Position + 1 || !IsBigram(next.Term))
            {
                var cut = char.IsSurrogatePair(token.Term, 0) ? 2 : 1;
                yield return new IndexedToken(token.Term[cut..], token.Position + 1, KeepPosition: true);
            }
        }
    }

    /// <summary>What the tokenizer treats as a separator, less white space.</summary>
    public static bool IsPunctuation(System.Text.Rune rune) =>
        !System.Text.Rune.IsWhiteSpace(rune) && !ChineseTokenizer.IsHan(rune.Value) && !ChineseTokenizer.IsWordCharacter(rune);

    private static bool IsBigram(string term)
    {
        var count = 0;
        foreach (var rune in term.EnumerateRunes())
        {
            if (!ChineseTokenizer.IsHan(rune.Value))
            {
                return false;
            }

            count++;
        }

        return count == 2;
    }
}
