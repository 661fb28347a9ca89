namespace SiteGen.Core.Search;

/// <summary>
/// The terms the sharded index stores for a text: the tokenizer's tokens, plus every Han character on its own.
/// The single characters let a one-character query, and a query whose edge is one Han character ("2024年"),
/// match inside longer runs, where the tokenizer only gives bigrams.
/// </summary>
public static class IndexedTerms
{
    public static IEnumerable<SearchToken> Of(string text)
    {
        var tokens = ChineseTokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            yield return token;
            if (token.Term.Length >= 2 && IsBigram(token.Term))
            {
                var first = char.ConvertToUtf32(token.Term, 0);
                yield return new SearchToken(char.ConvertFromUtf32(first), token.Position);

                // The last character of a run: no further bigram starts there.
                var next = i + 1 < tokens.Count ? tokens[i + 1] : default;
                if (next.Term is null || next.Position != token.Position + 1 || !IsBigram(next.Term))
                {
                    var cut = char.IsSurrogatePair(token.Term, 0) ? 2 : 1;
                    var second = token.Term[cut..];
                    yield return new SearchToken(second, token.Position + 1);
                }
            }
        }
    }

    private static bool IsBigram(string term)
    {
        var runes = term.EnumerateRunes().ToList();
        return runes.Count == 2 && runes.All(r => ChineseTokenizer.IsHan(r.Value));
    }
}
