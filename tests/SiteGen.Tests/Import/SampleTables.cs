namespace SiteGen.Tests.Import;

/// <summary>
/// Tables laid out as the national template prints them (and as seed 001 flattens them), with consistent numbers,
/// for tests to bend one quirk at a time. Values are strings, as printed: "１７８", "/", "24.5万元".
/// </summary>
internal static class SampleTables
{
    public const string Title = "周口市住房和城乡建设局2024年政府信息公开工作年度报告";

    /// <summary>Row path → (label cells before the numbers, the 7 numbers).</summary>
    public static List<(string Path, string[] Label, string[] Values)> ApplicationRows() =>
    [
        ("received", ["一、本年新收政府信息公开申请数量", ""], ["10", "1", "0", "0", "0", "0", "11"]),
        ("carried_over", ["二、上年结转政府信息公开申请数量", ""], Zeros()),
        ("granted", ["三、本年度办理结果", "(一) 予以公开"], ["4", "1", "0", "0", "0", "0", "5"]),
        ("partially_granted", ["", "(二) 部分公开 (区分处理的, 只计这一情形, 不计其他情形)"], ["2", "0", "0", "0", "0", "0", "2"]),
        ("withheld.state_secret", ["", "(三) 不予公开", "1. 属于国家秘密"], Zeros()),
        ("withheld.prohibited_by_law", ["", "", "2. 其他法律行政法规禁止公开"], Zeros()),
        ("withheld.security_stability", ["", "", "3. 危及“三安全一稳定”"], Zeros()),
        ("withheld.third_party_rights", ["", "", "4. 保护第三方合法权益"], ["1", "0", "0", "0", "0", "0", "1"]),
        ("withheld.internal_affairs", ["", "", "5. 属于三类内部事务信息"], Zeros()),
        ("withheld.process_information", ["", "", "6. 属于四类过程性信息"], Zeros()),
        ("withheld.enforcement_files", ["", "", "7. 属于行政执法案卷"], Zeros()),
        ("withheld.query_matters", ["", "", "8. 属于行政查询事项"], Zeros()),
        ("unavailable.not_held", ["", "(四) 无法提供", "1. 本机关不掌握相关政府信息"], ["3", "0", "0", "0", "0", "0", "3"]),
        ("unavailable.needs_creation", ["", "", "2. 没有现成信息需要另行制作"], Zeros()),
        ("unavailable.unclear", ["", "", "3. 补正后申请内容仍不明确"], Zeros()),
        ("not_processed.complaints", ["", "(五) 不予处理", "1. 信访举报投诉类申请"], Zeros()),
        ("not_processed.repeated", ["", "", "2. 重复申请"], Zeros()),
        ("not_processed.publications", ["", "", "3. 要求提供公开出版物"], Zeros()),
        ("not_processed.excessive", ["", "", "4. 无正当理由大量反复申请"], Zeros()),
        ("not_processed.confirmation", ["", "", "5. 要求行政机关确认或重新出具已获取信息"], Zeros()),
        ("other_handling.overdue_correction", ["", "(六) 其他处理", "1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"], Zeros()),
        ("other_handling.unpaid_fees", ["", "", "2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"], Zeros()),
        ("other_handling.other", ["", "", "3. 其他"], Zeros()),
        ("total", ["(七) 总计", ""], ["10", "1", "0", "0", "0", "0", "11"]),
        ("carried_forward", ["四、结转下年度继续办理", ""], Zeros()),
    ];

    public static string[] Zeros(int n = 7) => [.. Enumerable.Repeat("0", n)];

    public static List<string[]> ApplicationHeader(bool withOther = true) =>
    [
        ["(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)", "", "申请人情况", "", "", "", "", "", "总计"],
        ["", "", "自然人", "法人或其他组织", "", "", "", "", ""],
        withOther
            ? ["", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]
            : ["", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", ""],
    ];

    public static List<string[]> Applications(Func<(string Path, string[] Label, string[] Values), string[]?>? bend = null, bool withOtherHeader = true)
    {
        var rows = ApplicationHeader(withOtherHeader);
        foreach (var row in ApplicationRows())
        {
            var cells = bend?.Invoke(row) ?? [.. row.Label, .. row.Values];
            if (cells.Length > 0)
            {
                rows.Add(cells);
            }
        }

        return rows;
    }

    public static List<string[]> Disclosure2021(string licensing = "1117", string fees = "0", string[]? normative = null) =>
    [
        ["第二十条第（一）项", "", "", ""],
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规章", "0", "0", "0"],
        ["行政规范性文件", .. normative ?? ["3", "1", "15"]],
        ["第二十条第（五）项", "", "", ""],
        ["信息内容", "本年处理决定数量", "", ""],
        ["行政许可", licensing, "", ""],
        ["第二十条第（六）项", "", "", ""],
        ["信息内容", "本年处理决定数量", "", ""],
        ["行政处罚", "85", "", ""],
        ["行政强制", "0", "", ""],
        ["第二十条第（八）项", "", "", ""],
        ["信息内容", "本年收费金额（单位：万元）", "", ""],
        ["行政事业性收费", fees, "", ""],
    ];

    public static List<string[]> Appeals(params string[] values) =>
    [
        ["行政复议", "", "", "", "", "行政诉讼", "", "", "", "", "", "", "", "", ""],
        ["结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总计", "未经复议直接起诉", "", "", "", "", "复议后起诉", "", "", "", ""],
        ["", "", "", "", "", "结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总计", "结果 维持", "结果 纠正", "其他 结果", "尚未 审结", "总计"],
        values.Length > 0 ? values : ["1", "0", "0", "0", "1", "0", "0", "0", "1", "1", "0", "0", "0", "0", "0"],
    ];

    /// <summary>A whole 2021 report; pass tables to replace the standard ones.</summary>
    public static ImportFixture Report2021(List<string[]>? disclosure = null, List<string[]>? applications = null, List<string[]>? appeals = null, string title = Title) =>
        new ImportFixture()
            .Paragraph(title)
            .Heading("一、总体情况")
            .Paragraph("本年度，我局收到政府信息公开申请 11 件，均已按时答复。")
            .Heading("（一）主动公开情况")
            .Paragraph("我局通过门户网站主动公开各类政府信息。")
            .Heading("二、主动公开政府信息情况")
            .Table(disclosure ?? Disclosure2021())
            .Heading("三、收到和处理政府信息公开申请情况")
            .Table(applications ?? Applications())
            .Heading("四、政府信息公开行政复议、行政诉讼情况")
            .Table(appeals ?? Appeals())
            .Heading("五、存在的主要问题及改进情况")
            .Paragraph("信息公开的及时性有待提高。")
            .Heading("六、其他需要报告的事项")
            .Paragraph("本年度未收取信息处理费。");
}
