namespace SiteGen.Core.Narrative;

/// <summary>The six sections every report has since 2019, in the order the national template prints them.</summary>
public static class NationalSection
{
    public static readonly IReadOnlyList<string> Titles =
    [
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ];

    private const string Ordinals = "一二三四五六";

    // Real reports vary the wording; these keywords still tell the sections apart (content-model.md).
    private static readonly string[][] Keywords =
    [
        ["总体情况"],
        ["主动公开"],
        ["收到和处理", "依申请公开", "申请情况"],
        ["行政复议", "行政诉讼"],
        ["存在的主要问题", "主要问题", "改进情况"],
        ["其他需要报告", "其他事项"],
    ];

    /// <summary>The section number (1-6) a heading names, or 0: by its ordinal prefix (三、) first, else by keywords.</summary>
    public static int Classify(string heading)
    {
        var text = string.Concat(heading.Where(c => !char.IsWhiteSpace(c) && c != '*'));
        if (text.Length >= 2 && Ordinals.IndexOf(text[0]) is var ordinal and >= 0 && text[1] is '、' or '.' or '．' or '，')
        {
            return ordinal + 1;
        }

        if (text.StartsWith('（') || text.StartsWith('(') || (text.Length > 0 && char.IsDigit(text[0])))
        {
            return 0;
        }

        for (var i = 0; i < Keywords.Length; i++)
        {
            if (Keywords[i].Any(k => text.Contains(k, StringComparison.Ordinal)))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
