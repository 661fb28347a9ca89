using System.Globalization;
using System.Text;

namespace SiteGen.Core.Search;

/// <summary>
/// The tokenizer for Chinese and mixed text (search.md): NFKC first, so full-width letters and digits become ASCII;
/// runs of Han characters give overlapping bigrams, or the single character for a one-character run; runs of other
/// letters and digits are one lowercased word; everything else separates. Works on code points, so a character
/// outside the BMP (a surrogate pair in UTF-16) is never split. search.js implements the same rules, and a test
/// proves the two agree.
/// </summary>
public static class ChineseTokenizer
{
    public static List<SearchToken> Tokenize(string text)
    {
        var tokens = new List<SearchToken>();
        var normalized = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        var runes = new List<Rune>(normalized.Length);
        foreach (var rune in normalized.EnumerateRunes())
        {
            runes.Add(rune);
        }

        var i = 0;
        while (i < runes.Count)
        {
            var kind = KindOf(runes[i]);
            if (kind == CharKind.Separator)
            {
                i++;
                continue;
            }

            var start = i;
            while (i < runes.Count && KindOf(runes[i]) == kind)
            {
                i++;
            }

            if (kind == CharKind.Han)
            {
                AddHan(runes, start, i, tokens);
            }
            else
            {
                var word = new StringBuilder();
                for (var j = start; j < i; j++)
                {
                    word.Append(Rune.ToLowerInvariant(runes[j]).ToString());
                }

                tokens.Add(new SearchToken(word.ToString(), start));
            }
        }

        return tokens;
    }

    private static void AddHan(List<Rune> runes, int start, int end, List<SearchToken> tokens)
    {
        if (end - start == 1)
        {
            tokens.Add(new SearchToken(runes[start].ToString(), start));
            return;
        }

        for (var j = start; j + 1 < end; j++)
        {
            tokens.Add(new SearchToken(runes[j].ToString() + runes[j + 1].ToString(), j));
        }
    }

    private enum CharKind
    {
        Separator,
        Han,
        Word,
    }

    private static CharKind KindOf(Rune rune)
    {
        if (IsHan(rune.Value))
        {
            return CharKind.Han;
        }

        return IsWordCharacter(rune) ? CharKind.Word : CharKind.Separator;
    }

    /// <summary>Letters, decimal digits and combining marks: what makes up a word outside Han text.</summary>
    public static bool IsWordCharacter(Rune rune) => Rune.GetUnicodeCategory(rune) is
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or
        UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber or
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>CJK unified ideographs and their extensions, the compatibility block, and 〇 (U+3007).</summary>
    public static bool IsHan(int c) =>
        c is (>= 0x4E00 and <= 0x9FFF) or (>= 0x3400 and <= 0x4DBF) or (>= 0x20000 and <= 0x323AF) or
            (>= 0xF900 and <= 0xFAFF) or 0x3007;
}
