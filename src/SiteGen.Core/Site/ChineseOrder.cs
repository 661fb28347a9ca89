using System.Globalization;

namespace SiteGen.Core.Site;

/// <summary>
/// The order readers expect in lists of Chinese names (regions, sectors, levels, agencies): by pinyin, as ICU's zh
/// collation sorts, not by Unicode code point, which puts 四川省 before 安徽省 and 信阳市 before 洛阳市. Levels come out
/// in their natural order by luck of their sounds (省 市 县 乡). Names the collation holds equal fall back to ordinal
/// order, so a list never depends on the order reports were read in. Without ICU (.NET's invariant mode) the
/// collation is ordinal: the site is the same as before, not broken.
/// </summary>
public sealed class ChineseOrder : IComparer<string>
{
    public static readonly ChineseOrder Instance = new();

    private static readonly CompareInfo? Pinyin = ZhCollation();

    private ChineseOrder()
    {
    }

    public int Compare(string? x, string? y)
    {
        var byPinyin = Pinyin?.Compare(x, y, CompareOptions.None) ?? 0;
        return byPinyin != 0 ? byPinyin : string.CompareOrdinal(x, y);
    }

    /// <summary>ICU's zh collation; null in invariant mode (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT), which has no other culture.</summary>
    private static CompareInfo? ZhCollation()
    {
        try
        {
            return CultureInfo.GetCultureInfo("zh-CN").CompareInfo;
        }
        catch (CultureNotFoundException)
        {
            return null;
        }
    }
}
