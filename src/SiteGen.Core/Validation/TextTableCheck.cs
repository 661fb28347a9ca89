using System.Text.RegularExpressions;
using Markdig.Syntax;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Narrative;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Validation;

/// <summary>
/// TEXT-TABLE: a number the narrative states (收到…申请 178 件, 行政复议 9 项) that differs from the table.
/// Patterns are kept narrow (keyword, a few characters, number, a count unit) so that years and dates never match.
/// </summary>
public static partial class TextTableCheck
{
    private sealed record Claim(Regex Pattern, string What, Func<Report, decimal[]?> Accepted);

    private const string Gap = @"[^。；;，,、！？\d\n]";

    private static decimal? Total(Report r, string path) => r.Row(path) is { } row ? row.Cells[^1] ?? 0 : null;

    private static decimal[]? Values(params decimal?[] values) => values.Any(v => v is null) ? null : [.. values.Select(v => v!.Value)];

    private static readonly Claim[] Claims =
    [
        new(new Regex($@"(?:收到|受理|接收|接到){Gap}{{0,14}}?申请{Gap}{{0,8}}?(\d+)\s*(?:件|项|条|个)", RegexOptions.Compiled),
            "收到政府信息公开申请",
            r => Values(Total(r, "applications.received"), Total(r, "applications.received") + Total(r, "applications.carried_over"), Total(r, "applications.total"))),
        new(new Regex($@"(?<!未经|后)行政复议{Gap}{{0,4}}?(\d+)\s*(?:件|起|项|次)", RegexOptions.Compiled),
            "行政复议", r => Values(Total(r, "appeals.review"))),
        new(new Regex(@"未经复议直接起诉\s*(\d+)\s*(?:件|起|项|次)", RegexOptions.Compiled),
            "未经复议直接起诉", r => Values(Total(r, "appeals.litigation_direct"))),
        new(new Regex(@"复议后起诉\s*(\d+)\s*(?:件|起|项|次)", RegexOptions.Compiled),
            "复议后起诉", r => Values(Total(r, "appeals.litigation_after_review"))),
        new(new Regex($@"行政诉讼{Gap}{{0,4}}?(\d+)\s*(?:件|起|项|次)", RegexOptions.Compiled),
            "行政诉讼", r => Values(Total(r, "appeals.litigation_direct") + Total(r, "appeals.litigation_after_review"))),
        new(new Regex($@"不掌握{Gap}{{0,10}}?(\d+)\s*(?:件|项|条|个)", RegexOptions.Compiled),
            "本机关不掌握相关政府信息", r => Values(Total(r, "applications.unavailable.not_held"))),
        new(new Regex(@"行政许可(?:事项|决定)?\s*(\d+)\s*(?:件|项|个)", RegexOptions.Compiled),
            "行政许可", r => Values(Total(r, "disclosure.licensing"))),
        new(new Regex(@"行政处罚(?:事项|决定)?\s*(\d+)\s*(?:件|项|个)", RegexOptions.Compiled),
            "行政处罚", r => Values(Total(r, "disclosure.penalties"))),
    ];

    /// <summary>
    /// The number as written: \d also matches full-width (１２) and other scripts' digits, which are read by their
    /// value. Null for one too long to be a decimal (29 digits and more), which no table holds: a mutated file's
    /// "99999999999999999999999999999 件" once stopped the whole check with an overflow.
    /// </summary>
    private static decimal? Stated(string digits)
    {
        var ascii = string.Concat(digits.Select(c => (char)('0' + (int)char.GetNumericValue(c))));
        return decimal.TryParse(ascii, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    public static IEnumerable<Diagnostic> Check(Report report, NarrativeDocument narrative)
    {
        foreach (var block in narrative.Document.Descendants<ParagraphBlock>())
        {
            var text = NarrativeDocument.PlainText(block);
            foreach (var claim in Claims)
            {
                foreach (Match match in claim.Pattern.Matches(text))
                {
                    if (claim.Accepted(report) is { } accepted && !(Stated(match.Groups[1].Value) is { } stated && accepted.Contains(stated)))
                    {
                        yield return new Diagnostic(Severity.Warning, "TEXT-TABLE", report.SourcePath, report.BodyLine - 1 + block.Line + 1, 1,
                            $"正文写「{match.Value.Trim()}」，但表格中{claim.What}为 {CheckContext.Number(accepted[0])}。",
                            "与原报告核对哪个正确；如果原报告本身就不一致，两处都照原样保留。");
                    }
                }
            }
        }
    }
}
