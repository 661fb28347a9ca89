using SiteGen.Core.Diagnostics;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Validation;

/// <summary>LEVEL: only provincial and 设区的市 governments make 规章 (立法法 art. 93), so a county agency reporting them is suspect.</summary>
public static class LevelCheck
{
    public static IEnumerable<Diagnostic> Check(Report report)
    {
        if (report.Agency.Level is not (AgencyLevel.县 or AgencyLevel.乡))
        {
            yield break;
        }

        foreach (var path in new[] { "disclosure.rules", "disclosure_2019.rules" })
        {
            if (report.Row(path) is { } rules && rules.Cells.Any(c => c is > 0))
            {
                yield return CheckContext.At(report, path, Severity.Warning, "LEVEL",
                    $"{report.Agency.Level}级机关报告了规章 {rules}，但规章只由省级和设区的市级政府制定。",
                    "核对这些是否是应填在下一行的行政规范性文件。");
            }
        }
    }
}
