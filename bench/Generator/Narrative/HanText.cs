namespace SiteGen.Bench.Generator.Narrative;

/// <summary>Counting Chinese characters: CJK unified ideographs (basic block, extension A, compatibility), not punctuation.</summary>
public static class HanText
{
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';

    public static int Count(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (IsHan(c))
            {
                count++;
            }
        }

        return count;
    }
}
