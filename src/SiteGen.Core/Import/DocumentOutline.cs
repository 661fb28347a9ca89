using System.Text.RegularExpressions;
using SiteGen.Core.Narrative;

namespace SiteGen.Core.Import;

/// <summary>Where the title and the six national sections (一 to 六) stand in the input's lines; -1 when not found.</summary>
public sealed partial record DocumentOutline(int Title, IReadOnlyList<int> Sections)
{
    /// <summary>The line index of section <paramref name="number"/> (1-6), or -1.</summary>
    public int Section(int number) => Sections[number - 1];

    // Real reports vary the wording of the six headings (content-model.md): the ordinal says which, the keywords
    // confirm it. Row labels of table 三 also start with 一、二、三、四、 (一、本年新收…), so both must agree, and the
    // numbers must rise: 四、结转下年度继续办理 inside section 三 names no 复议 or 诉讼 and is not section 四.
    private static readonly string[][] Keywords =
    [
        ["总体", "概述", "基本情况", "概况"],
        ["主动公开"],
        ["申请"],
        ["复议", "诉讼"],
        ["问题", "改进"],
        ["其他", "事项"],
    ];

    /// <summary>
    /// The lines that may hold the statistical tables: from section 二 (or the start of a copy that begins mid-report,
    /// or the first of 三 and 四 found after 一) to section 五 (or 六, or the end). Within them, table lines are tables
    /// and never narrative.
    /// </summary>
    public (int Start, int End) TableSpan(int lineCount)
    {
        // A copy that starts mid-report (no 一 or 二 heading) may open with the tail of a table whose heading was cut
        // off (three rows of table 二 before 三、): its first lines are table lines too.
        var start = Section(2) >= 0 ? Section(2)
            : Section(1) < 0 ? Title + 1
            : new[] { Section(3), Section(4), Title + 1 }.First(i => i >= 0);
        var end = new[] { Section(5), Section(6), lineCount }.Where(i => i > start).DefaultIfEmpty(lineCount).Min();
        return (start, end);
    }

    public static DocumentOutline Find(IReadOnlyList<SourceLine> lines)
    {
        var title = TitleLine.Find(lines);

        var sections = new[] { -1, -1, -1, -1, -1, -1 };
        var last = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i == title || lines[i].Kind == LineKind.Row)
            {
                continue;
            }

            var number = SectionNumber(lines[i]);
            if (number > last)
            {
                sections[number - 1] = i;
                last = number;
            }
        }

        return new DocumentOutline(title, sections);
    }

    /// <summary>The section (1-6) a line heads, or 0.</summary>
    public static int SectionNumber(SourceLine line)
    {
        // A copy in traditional characters (主動公開) names the same sections.
        var text = TraditionalChars.Simplify(HeadingText(line.Text));
        if (text.Length == 0 || text.Length > 40 || text.Contains('。'))
        {
            return 0;
        }

        if (Ordinal().Match(text) is { Success: true } m)
        {
            var number = "一二三四五六".IndexOf(m.Groups[1].Value, StringComparison.Ordinal) + 1;
            return number > 0 && Keywords[number - 1].Any(k => m.Groups[2].Value.Contains(k, StringComparison.Ordinal)) ? number : 0;
        }

        // A heading without its ordinal (主动公开政府信息情况) counts only when the form marks it as a heading.
        return line.Kind == LineKind.Heading && !text.StartsWith('（') && !text.StartsWith('(') ? NationalSection.Classify(text) : 0;
    }

    /// <summary>A heading's words: no Markdown marks, no bold, no spaces.</summary>
    public static string HeadingText(string text) => TextFold.Squeeze(text.Replace("*", "", StringComparison.Ordinal).TrimStart('#'));

    [GeneratedRegex(@"^(?:第)?([一二三四五六])(?:部分)?[、.,，．:：]?(.*)$")]
    private static partial Regex Ordinal();
}
