using SiteGen.Core.Diagnostics;
using SiteGen.Core.Reports;
using static SiteGen.Core.Validation.CheckContext;

namespace SiteGen.Core.Validation;

/// <summary>X-CARRY and X-STOCK: one year of an agency against the year before.</summary>
public static class CrossYearChecks
{
    public static IEnumerable<Diagnostic> Check(Report report, Report previous)
    {
        if (report.Row("applications.carried_over") is { } over && previous.Row("applications.carried_forward") is { } forward &&
            over.ValueOrZero(NationalTemplate.TotalColumn) != forward.ValueOrZero(NationalTemplate.TotalColumn))
        {
            yield return At(report, "applications.carried_over", Severity.Warning, "X-CARRY",
                $"上年结转 {Number(over.ValueOrZero(NationalTemplate.TotalColumn))} 件，但 {previous.Year} 年报告的结转下年度继续办理为 {Number(forward.ValueOrZero(NationalTemplate.TotalColumn))} 件。",
                $"对照 {previous.SourcePath}。");
        }

        // 现行有效件数 is a stock: last year's plus this year's 制发 minus 废止. Only the 2021 table counts it this way.
        foreach (var (path, label) in new[] { ("disclosure.rules", "规章"), ("disclosure.normative_documents", "行政规范性文件") })
        {
            if (report.Row(path) is { } now && previous.Row(path) is { } before &&
                now[2] is { } inForce && before[2] is { } inForceBefore && now[0] is { } issued && now[1] is { } repealed &&
                inForce != inForceBefore + issued - repealed)
            {
                yield return At(report, path, Severity.Warning, "X-STOCK",
                    $"{label}现行有效 {Number(inForce)} 件，不等于上年的 {Number(inForceBefore)} + 本年制发 {Number(issued)} − 本年废止 {Number(repealed)} = {Number(inForceBefore + issued - repealed)} 件。",
                    $"对照 {previous.SourcePath}；文件也可能因到期失效，报告应对此作出说明。");
            }
        }
    }
}
