using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Core.Import;

/// <summary>
/// Folds traditional characters (繁體) to simplified ones so a label printed 本年新收政府資訊公開申請數量 or 行政複議
/// still names its row. Only for comparing labels and headings: the narrative and the labels shown keep the original's
/// characters. The table is small and hand-made: the characters of the national template's labels, column headers
/// and section headings (formats 2019 and 2021), plus the few words a traditional copy uses instead (資訊 for 信息).
/// </summary>
public static partial class TraditionalChars
{
    // Pairs of traditional → simplified. Where several traditional characters share one simplified form (復 複 覆 → 复),
    // each is listed.
    private const string Pairs =
        "萬万與与業业舉举於于會会體体關关內内決决況况減减辦办務务動动區区單单發发後后國国處处復复複复覆复審审對对屬属" +
        "廢废開开強强當当總总執执護护報报數数無无機机權权條条構构沒没現现確确穩稳類类係系糾纠納纳組组織织經经結结" +
        "繼继續续維维繳缴罰罚範范獲获補补規规計计認认議议許许訟讼訪访訴诉詢询請请購购費费轉转過过這这進进採采問问" +
        "項项題题額额為为爲为個个實实來来門门時时應应製制勵励適适準准際际據据證证種种戶户歸归檔档團团資资訊讯";

    // 資訊 is how Taiwan and Hong Kong write 信息: 政府資訊公開 is 政府信息公开.
    private static readonly (string From, string To)[] Words = [("资讯", "信息")];

    private static readonly FrozenDictionary<char, char> Map = BuildMap();

    private static FrozenDictionary<char, char> BuildMap()
    {
        var map = new Dictionary<char, char>();
        for (var i = 0; i + 1 < Pairs.Length; i += 2)
        {
            map[Pairs[i]] = Pairs[i + 1];
        }

        return map.ToFrozenDictionary();
    }

    /// <summary>The text with traditional characters simplified and pinyin glosses after characters (區(qū)) dropped.</summary>
    public static string Simplify(string text)
    {
        if (!text.Any(c => Map.ContainsKey(c) || c == '('))
        {
            return text;
        }

        var builder = new StringBuilder(PinyinGloss().Replace(text, ""));
        for (var i = 0; i < builder.Length; i++)
        {
            if (Map.TryGetValue(builder[i], out var simplified))
            {
                builder[i] = simplified;
            }
        }

        var result = builder.ToString();
        foreach (var (from, to) in Words)
        {
            result = result.Replace(from, to, StringComparison.Ordinal);
        }

        return result;
    }

    // Some mirror sites print the reading of each character after it: 主動(dòng)公開. The gloss is Latin letters (with
    // tone marks) in ASCII brackets straight after a Han character; ordinals such as (一) are not touched.
    [GeneratedRegex(@"(?<=\p{IsCJKUnifiedIdeographs})\([A-Za-z\u00C0-\u024F]+\)")]
    private static partial Regex PinyinGloss();
}
