using System.Text;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Validation;

/// <summary>
/// COPY: a report whose tables, or whose narrative, are those of the same agency's previous year. Tables count only
/// when they hold a number other than 0 (a small agency's all-zero tables repeat honestly); the narrative is compared
/// without white space and digits, so a copy whose years were changed is still found.
/// </summary>
public static class CopyCheck
{
    /// <summary>Shorter narratives ("无。") repeat honestly.</summary>
    private const int MinimumNarrative = 200;

    public static IEnumerable<Diagnostic> Check(Report report, Report previous)
    {
        if (report.Format == previous.Format && report.Cells.Count > 0 &&
            report.Cells.Values.Any(row => row.Cells.Any(c => c is not null and not 0)) &&
            report.Cells.Count == previous.Cells.Count &&
            report.Cells.All(pair => previous.Cells.TryGetValue(pair.Key, out var before) && before.Equals(pair.Value)))
        {
            yield return CheckContext.At(report, "applications", Severity.Warning, "COPY",
                $"统计表与 {previous.Year} 年报告的每一个数字都相同。",
                $"与原报告核对统计表；对照 {previous.SourcePath}。");
        }

        var text = Fingerprint(report.Body);
        if (text.Length >= MinimumNarrative && text == Fingerprint(previous.Body))
        {
            yield return new Diagnostic(Severity.Warning, "COPY", report.SourcePath, report.BodyLine, 1,
                $"正文与 {previous.Year} 年报告相同（不计空白和数字）。",
                $"与原报告核对正文；对照 {previous.SourcePath}。");
        }
    }

    private static string Fingerprint(string body)
    {
        var text = new StringBuilder(body.Length);
        foreach (var c in body)
        {
            if (!char.IsWhiteSpace(c) && !char.IsAsciiDigit(c))
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
