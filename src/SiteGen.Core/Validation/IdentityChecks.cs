using SiteGen.Core.Diagnostics;
using SiteGen.Core.Reports;
using static SiteGen.Core.Validation.CheckContext;

namespace SiteGen.Core.Validation;

/// <summary>
/// The identities (勾稽关系) of content-model.md: T3-IDENT, T3-ROWSUM, T3-COLSUM, T4-SUM. A failure is the agency's
/// own data: an error with both sides of the sum, shown on the report page; the numbers are never changed.
/// </summary>
public static class IdentityChecks
{
    /// <summary>"（二）部分公开（区分处理的…）" → "部分公开".</summary>
    private static string Short(string label)
    {
        var text = label.Length > 3 && label[0] == '（' ? label[(label.IndexOf('）') + 1)..] : label;
        var cut = text.IndexOf('（');
        return cut > 0 ? text[..cut] : text;
    }

    public static IEnumerable<Diagnostic> Check(Report report)
    {
        var columns = NationalTemplate.ApplicantColumns;
        var table = report.Tables.FirstOrDefault(t => t.Id == TableId.Applications);
        if (table is not null && table.Rows.All(r => report.Cells.ContainsKey(r.Path)))
        {
            var received = report.Row("applications.received")!;
            var carriedOver = report.Row("applications.carried_over")!;
            var total = report.Row("applications.total")!;
            var carriedForward = report.Row("applications.carried_forward")!;
            var outcomes = table.Rows.Where(r => r.Parents.Length > 0 && r.Path != "applications.total").ToList();
            for (var c = 0; c < columns.Length; c++)
            {
                var left = new[] { received[c], carriedOver[c] };
                var right = new[] { total[c], carriedForward[c] };
                if (left.Sum(v => v ?? 0) != right.Sum(v => v ?? 0))
                {
                    yield return At(report, "applications.total", Severity.Error, "T3-IDENT",
                        $"表三「{columns[c].Label}」列：第一项加第二项 {Sum(left)}，不等于第三项加第四项 {Sum(right)}。{AssumedZero(left.Concat(right))}",
                        "与原报告核对这四行；如果原报告本身就有此错误，照原样保留：页面会以“数据质量提示”标出。");
                }

                var parts = outcomes.Select(r => report.Row(r.Path)![c]).ToList();
                if (parts.Sum(v => v ?? 0) != (total[c] ?? 0))
                {
                    // Named by outcome group (予以公开 5 + 部分公开 2 + 不予公开 1 …) so the reader sees which rows to check.
                    var groups = outcomes.GroupBy(r => r.Parents.Length > 1 ? r.Parents[1] : r.Label)
                        .Select(g => $"{Short(g.Key)} {Number(g.Sum(r => report.Row(r.Path)!.ValueOrZero(c)))}");
                    yield return At(report, "applications.total", Severity.Error, "T3-ROWSUM",
                        $"表三「{columns[c].Label}」列：（七）总计 {Number(total[c] ?? 0)}，不等于各项办理结果之和 {string.Join(" + ", groups)} = {Number(parts.Sum(v => v ?? 0))}。{AssumedZero(parts)}",
                        "与原报告核对“三、本年度办理结果”各行。");
                }
            }

            foreach (var row in table.Rows)
            {
                var cells = report.Row(row.Path)!;
                var applicants = cells.Cells.Take(NationalTemplate.TotalColumn).ToList();
                if (applicants.Sum(v => v ?? 0) != cells.ValueOrZero(NationalTemplate.TotalColumn))
                {
                    yield return At(report, row.Path, Severity.Error, "T3-COLSUM",
                        $"表三「{row.Label}」行：总计 {Number(cells.ValueOrZero(NationalTemplate.TotalColumn))}，不等于各类申请人之和 {Sum(applicants)}。{AssumedZero(applicants)}",
                        "与原报告核对这一行。");
                }
            }
        }

        foreach (var row in NationalTemplate.Appeals.Rows)
        {
            if (report.Row(row.Path) is not { } cells)
            {
                continue;
            }

            var parts = cells.Cells.Take(4).ToList();
            if (parts.Sum(v => v ?? 0) != cells.ValueOrZero(4))
            {
                yield return At(report, row.Path, Severity.Error, "T4-SUM",
                    $"表四「{row.HeaderPath}」：总计 {Number(cells.ValueOrZero(4))}，不等于结果维持、结果纠正、其他结果、尚未审结之和 {Sum(parts)}。{AssumedZero(parts)}",
                    "与原报告核对这一行。");
            }
        }
    }
}
