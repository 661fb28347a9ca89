using SiteGen.Core.Reports;

namespace SiteGen.Core.Import;

/// <summary>
/// Tells the 2021 template (国办公开办函〔2021〕30号) from the 2019 one (〔2019〕60号) by the headers the tables print;
/// the report year decides only when the headers do not, and reports before 2019 are narrative only.
/// </summary>
public static class FormatDetector
{
    private static readonly string[] Headers2019 =
        ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增减", "其他对外管理服务事项", "政府集中采购", "采购项目数量", "采购总金额"];

    private static readonly string[] Headers2021 =
        ["本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额"];

    public static ReportFormat Detect(IReadOnlyList<CellToken> tokens, int? year, int line, ImportLog log)
    {
        if (year is < 2019)
        {
            if (tokens.Any(t => t.Kind == TokenKind.Number))
            {
                log.Warning("IMPORT-FORMAT", line, $"报告为 {year} 年度，早于 2019 年版国家模板，已按 `format: pre2019` 只导入正文，不导入统计表。", "2008—2018 年度的报告，表格保留在正文中；如年度有误，改正 `year`。");
            }

            return ReportFormat.Pre2019;
        }

        var keys = tokens.Where(t => t.Kind == TokenKind.Text).Select(t => TextFold.Core(t.Text)).ToList();
        var votes2019 = keys.Count(k => Headers2019.Any(h => k.StartsWith(h, StringComparison.Ordinal)));
        var votes2021 = keys.Count(k => Headers2021.Any(h => k.StartsWith(h, StringComparison.Ordinal))) +
                        keys.Count(k => k.Contains("逾期未按收费通知", StringComparison.Ordinal));
        var byHeaders = votes2019 > votes2021 ? ReportFormat.F2019 : votes2021 > votes2019 ? ReportFormat.F2021 : (ReportFormat?)null;
        var byYear = year is 2019 or 2020 ? ReportFormat.F2019 : ReportFormat.F2021;
        if (byHeaders is null)
        {
            log.Warning("IMPORT-FORMAT", line, $"无法从统计表的表头判断所用模板，已按年度（{year?.ToString() ?? "未知"}）写为 `format: {byYear.ToYaml()}`。", "核对 `format`：2021 年度起为 `2021`，2019、2020 年度为 `2019`。");
            return byYear;
        }

        if (year is not null && byHeaders != byYear)
        {
            log.Warning("IMPORT-FORMAT", line, $"报告为 {year} 年度，但统计表用的是 {byHeaders.Value.ToYaml()} 年版模板，已按 `format: {byHeaders.Value.ToYaml()}` 导入。", "核对 `year`；`format` 以原报告所印的统计表为准。");
        }

        return byHeaders.Value;
    }
}
