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
                log.Warning("IMPORT-FORMAT", line, $"the report covers {year}, before the 2019 national template: imported as format pre2019, narrative only; its tables are not imported.", "Reports of 2008-2018 keep their tables in the narrative text; check the year if this is wrong.");
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
            log.Warning("IMPORT-FORMAT", line, $"the tables' headers do not tell the template; format {byYear.ToYaml()} taken from the year {year?.ToString() ?? "(unknown)"}.", "Check the format key: 2021 for report years from 2021, 2019 for 2019 and 2020.");
            return byYear;
        }

        if (year is not null && byHeaders != byYear)
        {
            log.Warning("IMPORT-FORMAT", line, $"the tables follow the {byHeaders.Value.ToYaml()} template although the report covers {year}: imported as format {byHeaders.Value.ToYaml()}.", "Check the year; the format follows the tables as printed.");
        }

        return byHeaders.Value;
    }
}
