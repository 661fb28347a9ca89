using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Bench.Generator.Narrative;

/// <summary>
/// Turns a seed sentence into a template: the Henan housing bureau's names become placeholders ({WE}, {SHORT},
/// {PARTYGOV} …), housing topics become {TOPIC}, years become {Y}/{YPREV}/{YNEXT}, and every number becomes either
/// a table figure ({received}, {review}, {licensing} …: whatever TEXT-TABLE would compare) or {n:537}, a figure of
/// the same size drawn for each report.
/// </summary>
internal static partial class SentenceTemplate
{
    // Longest first: an agency's full name before its short names before the bare 局.
    private static readonly (string Seed, string Token)[] Names =
    [
        ("信阳市平桥区住房和城乡建设局", "{AGENCY}"), ("洛阳市西工区住房和城乡建设局", "{AGENCY}"),
        ("新乡市住房和城乡建设局", "{AGENCY}"), ("周口市住房和城乡建设局", "{AGENCY}"), ("叶县住房和城乡建设局", "{AGENCY}"),
        ("信阳市平桥区住建局", "{SHORT}"), ("平桥区住建局", "{SHORT}"), ("平桥住建局", "{SHORT}"),
        ("县住建局", "{SHORT}"), ("市住建局", "{SHORT}"),
        ("西工区委、区政府", "{PARTYGOV}"), ("县委、县政府", "{PARTYGOV}"),
        ("平桥区门户网站", "{PORTAL}"), ("区政府网站", "{PORTAL}"),
        ("县政府办公室", "{GOV}办公室"), ("市政府", "{GOV}"),
        ("省、市、区", "{LEVELS}"), ("河南省", "{PROVINCE}"), ("县域", "{AREA}"),
        ("我局", "{WE}"), ("本局", "本{UNIT}"), ("我单位", "{WE}"),
        ("局党组书记、局长", "{UNIT}党组书记、{HEAD}"), ("局党组", "{UNIT}党组"), ("局网站", "{UNIT}网站"),
        ("局年度", "{UNIT}年度"), ("局政府信息", "{OWN}政府信息"),
        ("平桥区", "{PLACE}"), ("西工区", "{PLACE}"), ("叶县", "{PLACE}"), ("平桥", "{PLACE}"),
        ("冬季清洁取暖设备安装", "{TOPIC}"), ("城市基础设施建维", "{TOPIC}"), ("商品房预售许可", "{TOPIC}"),
        ("老旧小区改造", "{TOPIC}"), ("工程质量监督", "{TOPIC}"), ("质量安全监督", "{TOPIC}"), ("历史建筑保护", "{TOPIC}"),
        ("乡村风貌提升", "{TOPIC}"), ("特色小镇建设", "{TOPIC}"), ("住房保障", "{TOPIC}"), ("施工许可", "{TOPIC}"),
        ("房地产市场", "{TOPIC}"), ("城乡建设", "{TOPIC}"), ("住建", "{FIELD}"),
    ];

    // What TEXT-TABLE compares (SiteGen.Core's TextTableCheck): the keyword nearest before a number decides which
    // table figure it is. Matching more widely than the check does is safe; matching less would let it fire.
    private static readonly (string Keyword, string Token)[] Claims =
    [
        ("未经复议直接起诉", "{litDirect}"), ("复议后起诉", "{litAfter}"), ("行政复议", "{review}"), ("行政诉讼", "{litigation}"),
        ("不掌握", "{notHeld}"), ("行政许可", "{licensing}"), ("行政处罚", "{penalties}"), ("行政强制", "{coercive}"),
        ("回复数量", "{total}"), ("申请", "{received}"),
    ];

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();

    public static string FromSeed(string sentence, int seedYear)
    {
        if (sentence.Contains('{') || sentence.Contains('}'))
        {
            throw new InvalidOperationException($"A seed sentence holds a brace, which templates reserve: {sentence}");
        }

        var text = sentence;
        foreach (var (seed, token) in Names)
        {
            text = text.Replace(seed, token, StringComparison.Ordinal);
        }

        return Number().Replace(text, m => NumberToken(text, m, seedYear));
    }

    private static string NumberToken(string text, Match m, int seedYear)
    {
        var after = text.AsSpan(m.Index + m.Length).TrimStart(' ');
        var before = m.Index > 0 ? text[m.Index - 1] : ' ';
        var value = m.Value;

        // Kept as written: decimals (889.3 万元), percentages, ranges (10-15 个), the 12345 hotline, document numbers (〔2020〕109号).
        if (value.Contains('.') || after.StartsWith("%") || after.StartsWith("-") || before == '-' || value == "12345" ||
            before is '〔' or '[' || after.StartsWith("〕") || after.StartsWith("]") || after.StartsWith("号"))
        {
            return value;
        }

        var number = int.Parse(value, CultureInfo.InvariantCulture);
        if (number is >= 2000 and <= 2100 && after.StartsWith("年"))
        {
            return (number - seedYear) switch
            {
                0 => "{Y}",
                -1 => "{YPREV}",
                1 => "{YNEXT}",
                _ => value,
            };
        }

        if (after.StartsWith("件不属"))
        {
            return "{notHeld}";
        }

        // The clause before the number, back to the punctuation (or digit) where TEXT-TABLE's patterns stop.
        var start = m.Index;
        while (start > 0 && !IsClauseBreak(text[start - 1]))
        {
            start--;
        }

        var clause = text[start..m.Index];
        var best = -1;
        var claim = "";
        foreach (var (keyword, token) in Claims)
        {
            var at = clause.LastIndexOf(keyword, StringComparison.Ordinal);
            if (at > best)
            {
                (best, claim) = (at, token);
            }
        }

        return best >= 0 ? claim : $"{{n:{number.ToString(CultureInfo.InvariantCulture)}}}";
    }

    private static bool IsClauseBreak(char c) => c is '。' or '；' or ';' or '，' or ',' or '、' or '！' or '？' or '\n' || char.IsAsciiDigit(c);

    /// <summary>The clauses of a template: split at '，' outside brackets and quotes, without the closing punctuation.</summary>
    public static IEnumerable<string> Clauses(string template)
    {
        var depth = 0;
        var current = new StringBuilder();
        foreach (var c in template.TrimEnd('。', '；', ';', '！', '？'))
        {
            depth += c switch
            {
                '（' or '“' or '《' or '(' => 1,
                '）' or '”' or '》' or ')' => -1,
                _ => 0,
            };
            if (c == '，' && depth == 0)
            {
                yield return current.ToString();
                current.Clear();
                continue;
            }

            current.Append(c);
        }

        if (current.Length > 0)
        {
            yield return current.ToString();
        }
    }
}
