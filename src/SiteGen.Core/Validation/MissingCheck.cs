using SiteGen.Core.Diagnostics;
using SiteGen.Core.Narrative;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Validation;

/// <summary>MISSING: a required section (一 to 六) absent from the body, or a table absent from the front matter.</summary>
public static class MissingCheck
{
    public static IEnumerable<Diagnostic> Check(Report report, NarrativeDocument narrative)
    {
        for (var number = 1; number <= NationalSection.Titles.Count; number++)
        {
            if (narrative.Section(number) is null)
            {
                yield return new Diagnostic(Severity.Warning, "MISSING", report.SourcePath, report.BodyLine, 1,
                    $"正文缺少第{NationalSection.Titles[number - 1][..1]}部分「{NationalSection.Titles[number - 1]}」。",
                    $"加上标题 `## {NationalSection.Titles[number - 1]}` 及其内容；没有内容也写“无”。");
            }
        }

        foreach (var table in report.Tables)
        {
            if (!table.Rows.Any(r => report.Cells.ContainsKey(r.Path)))
            {
                yield return CheckContext.At(report, "", Severity.Warning, "MISSING",
                    $"缺少表{table.Number}「{table.Caption}」（前言中的 `{table.YamlKey}`）。",
                    $"补上 `{table.YamlKey}:` 及其各行（参见 `sitegen new`）。");
            }
        }
    }
}
