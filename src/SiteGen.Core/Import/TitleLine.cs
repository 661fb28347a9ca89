using System.Text.RegularExpressions;

namespace SiteGen.Core.Import;

/// <summary>
/// Which of the first lines is the report's title. A title is short, near the top and ends with 报告
/// (…政府信息公开工作年度报告); a sentence that merely names the report (本报告电子版可从…下载。, 如对本报告有任何疑问…)
/// or a table row (四、结转下年度继续办理 0 0 …) is not one, and a breadcrumb (首页 > 年度报告) names no year.
/// </summary>
public static partial class TitleLine
{
    /// <summary>The index of the title line, or -1.</summary>
    public static int Find(IReadOnlyList<SourceLine> lines)
    {
        var first = lines.Take(12).Select((l, i) => (Text: DocumentOutline.HeadingText(l.Text), Index: i, l.Kind))
            .Where(x => x.Kind != LineKind.Row && CanBeTitle(x.Text)).ToList();
        var ranked = new Func<string, bool>[]
        {
            t => t.EndsWith("报告", StringComparison.Ordinal) && Year().IsMatch(t),
            t => t.Contains("报告", StringComparison.Ordinal) && Year().IsMatch(t),
        };
        foreach (var looksLikeTitle in ranked)
        {
            if (first.FirstOrDefault(x => looksLikeTitle(x.Text), (null!, -1, default)).Index is >= 0 and var index)
            {
                return index;
            }
        }

        return first.Take(8).FirstOrDefault(x => x.Text.Contains("报告", StringComparison.Ordinal) || x.Text.Contains("年度", StringComparison.Ordinal), (null!, -1, default)).Index;
    }

    private static bool CanBeTitle(string text) =>
        text.Length is > 0 and <= 80 && !Sentence().IsMatch(text) && !ThisReport().IsMatch(text) && !char.IsDigit(text[^1]) && !Ordinal().IsMatch(text);

    [GeneratedRegex(@"(?:19|20)\d{2}年")]
    private static partial Regex Year();

    // A full stop, or a comma inside the line, marks a sentence of the narrative.
    [GeneratedRegex(@"[。；;！？]|[，,].")]
    private static partial Regex Sentence();

    // 本报告… / 本年度报告… is a sentence about the report (本溪市… is a place and may start a title).
    [GeneratedRegex(@"^本(?:年度)?(?:报告|年报)")]
    private static partial Regex ThisReport();

    // 一、… is a section heading or a row of table 三, never the title.
    [GeneratedRegex(@"^[一二三四五六七八九十]+[、.．]")]
    private static partial Regex Ordinal();
}
