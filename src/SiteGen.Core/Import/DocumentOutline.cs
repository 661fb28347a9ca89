using System.Text.RegularExpressions;
using SiteGen.Core.Narrative;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Import;

/// <summary>Where the title and the six national sections (一 to 六) stand in the input's lines; -1 when not found.</summary>
public sealed partial record DocumentOutline(int Title, IReadOnlyList<int> Sections)
{
    /// <summary>
    /// True when the copy starts mid-report: no 一 or 二 heading, and a template row label stands before the first
    /// heading found. Only then are those lines table lines; otherwise they stay narrative.
    /// </summary>
    public bool OpensMidTable { get; init; }

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
        // A copy that starts mid-report may open with the tail of a table whose heading was cut off (three rows of
        // table 二 before 三、): its first lines are table lines too.
        var start = Section(2) >= 0 ? Section(2)
            : OpensMidTable ? Title + 1
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

        var firstHeading = sections.Where(i => i >= 0).DefaultIfEmpty(lines.Count).Min();
        var opensMidTable = sections[0] < 0 && sections[1] < 0 &&
            lines.Skip(title + 1).Take(firstHeading - title - 1).Any(NamesTemplateRow);
        return new DocumentOutline(title, sections) { OpensMidTable = opensMidTable };
    }

    private static readonly RowDef[] AllRows =
        [.. new[] { ReportFormat.F2021, ReportFormat.F2019 }.SelectMany(f => NationalTemplate.TablesFor(f)).SelectMany(t => t.Rows)];

    /// <summary>
    /// A table line that names a template row: with numbers on the same line, or by a label long enough not to be a
    /// word of the narrative too (规章 or 其他 alone may head a paragraph).
    /// </summary>
    private static bool NamesTemplateRow(SourceLine line)
    {
        if (!CellTokenizer.IsTableLine(line))
        {
            return false;
        }

        var tokens = CellTokenizer.Tokenize(line);
        var hasValue = tokens.Any(t => t.IsValue);
        return tokens.Any(t => t.Kind == TokenKind.Text &&
            AllRows.Any(r => (hasValue || TextFold.Core(r.Label).Length >= 4) && LabelMatcher.Score(t.Text, r.Label) >= 0.9));
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
