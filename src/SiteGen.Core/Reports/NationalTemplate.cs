using System.Collections.Immutable;

namespace SiteGen.Core.Reports;

/// <summary>
/// The rows and columns of the 2021 and 2019 national tables (国办公开办函〔2021〕30号 and 〔2019〕60号),
/// with the front matter key of every row, as content-model.md fixes them.
/// </summary>
public static class NationalTemplate
{
    private static readonly ImmutableArray<string> Applicant = ["申请人情况"];
    private static readonly ImmutableArray<string> Legal = ["申请人情况", "法人或其他组织"];

    /// <summary>The seven applicant columns of table 三.</summary>
    public static readonly ImmutableArray<ColumnDef> ApplicantColumns =
    [
        new("自然人", Applicant),
        new("商业企业", Legal),
        new("科研机构", Legal),
        new("社会公益组织", Legal),
        new("法律服务机构", Legal),
        new("其他", Legal),
        new("总计"),
    ];

    /// <summary>The five result columns of table 四, for each of its three groups.</summary>
    public static readonly ImmutableArray<ColumnDef> AppealColumns =
        [new("结果维持"), new("结果纠正"), new("其他结果"), new("尚未审结"), new("总计")];

    public const int TotalColumn = 6;

    private static readonly string Results = "三、本年度办理结果";

    public static readonly TableDef Applications2021 = Applications(splitOtherHandling: true);

    public static readonly TableDef Applications2019 = Applications(splitOtherHandling: false);

    public static readonly TableDef Appeals = new(TableId.Appeals, "四", "政府信息公开行政复议、行政诉讼情况", "appeals",
    [
        new(TableId.Appeals, "appeals.review", "行政复议", [], AppealColumns),
        new(TableId.Appeals, "appeals.litigation_direct", "未经复议直接起诉", ["行政诉讼"], AppealColumns),
        new(TableId.Appeals, "appeals.litigation_after_review", "复议后起诉", ["行政诉讼"], AppealColumns),
    ]);

    public static readonly TableDef Disclosure2021 = Disclosure2021Table();

    public static readonly TableDef Disclosure2019 = Disclosure2019Table();

    /// <summary>The tables a report of this format has; none before 2019.</summary>
    public static ImmutableArray<TableDef> TablesFor(ReportFormat format) => format switch
    {
        ReportFormat.F2021 => [Disclosure2021, Applications2021, Appeals],
        ReportFormat.F2019 => [Disclosure2019, Applications2019, Appeals],
        _ => [],
    };

    private static TableDef Applications(bool splitOtherHandling)
    {
        var cols = ApplicantColumns;
        var rows = ImmutableArray.CreateBuilder<RowDef>();
        RowDef Row(string path, string label, params string[] parents) =>
            new(TableId.Applications, "applications." + path, label, [.. parents], cols);

        rows.Add(Row("received", "一、本年新收政府信息公开申请数量"));
        rows.Add(Row("carried_over", "二、上年结转政府信息公开申请数量"));
        rows.Add(Row("granted", "（一）予以公开", Results));
        rows.Add(Row("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", Results));
        const string withheld = "（三）不予公开";
        rows.Add(Row("withheld.state_secret", "1.属于国家秘密", Results, withheld));
        rows.Add(Row("withheld.prohibited_by_law", "2.其他法律行政法规禁止公开", Results, withheld));
        rows.Add(Row("withheld.security_stability", "3.危及“三安全一稳定”", Results, withheld));
        rows.Add(Row("withheld.third_party_rights", "4.保护第三方合法权益", Results, withheld));
        rows.Add(Row("withheld.internal_affairs", "5.属于三类内部事务信息", Results, withheld));
        rows.Add(Row("withheld.process_information", "6.属于四类过程性信息", Results, withheld));
        rows.Add(Row("withheld.enforcement_files", "7.属于行政执法案卷", Results, withheld));
        rows.Add(Row("withheld.query_matters", "8.属于行政查询事项", Results, withheld));
        const string unavailable = "（四）无法提供";
        rows.Add(Row("unavailable.not_held", "1.本机关不掌握相关政府信息", Results, unavailable));
        rows.Add(Row("unavailable.needs_creation", "2.没有现成信息需要另行制作", Results, unavailable));
        rows.Add(Row("unavailable.unclear", "3.补正后申请内容仍不明确", Results, unavailable));
        const string notProcessed = "（五）不予处理";
        rows.Add(Row("not_processed.complaints", "1.信访举报投诉类申请", Results, notProcessed));
        rows.Add(Row("not_processed.repeated", "2.重复申请", Results, notProcessed));
        rows.Add(Row("not_processed.publications", "3.要求提供公开出版物", Results, notProcessed));
        rows.Add(Row("not_processed.excessive", "4.无正当理由大量反复申请", Results, notProcessed));
        rows.Add(Row("not_processed.confirmation", "5.要求行政机关确认或重新出具已获取信息", Results, notProcessed));
        const string other = "（六）其他处理";
        if (splitOtherHandling)
        {
            rows.Add(Row("other_handling.overdue_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", Results, other));
            rows.Add(Row("other_handling.unpaid_fees", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", Results, other));
            rows.Add(Row("other_handling.other", "3.其他", Results, other));
        }
        else
        {
            rows.Add(Row("other_handling", other, Results));
        }

        rows.Add(Row("total", "（七）总计", Results));
        rows.Add(Row("carried_forward", "四、结转下年度继续办理"));
        return new TableDef(TableId.Applications, "三", "收到和处理政府信息公开申请情况", "applications", rows.ToImmutable());
    }

    private static TableDef Disclosure2021Table()
    {
        ImmutableArray<ColumnDef> stock = [new("本年制发件数"), new("本年废止件数"), new("现行有效件数")];
        ImmutableArray<ColumnDef> decisions = [new("本年处理决定数量")];
        ImmutableArray<ColumnDef> fees = [new("本年收费金额（单位：万元）", CellKind.Money)];
        RowDef Row(string key, string label, ImmutableArray<ColumnDef> cols, string block, bool scalar = false) =>
            new(TableId.Disclosure, "disclosure." + key, label, [], cols, block) { IsScalar = scalar };

        return new TableDef(TableId.Disclosure, "二", "主动公开政府信息情况", "disclosure",
        [
            Row("rules", "规章", stock, "第二十条第（一）项"),
            Row("normative_documents", "行政规范性文件", stock, "第二十条第（一）项"),
            Row("licensing", "行政许可", decisions, "第二十条第（五）项", scalar: true),
            Row("penalties", "行政处罚", decisions, "第二十条第（六）项", scalar: true),
            Row("coercive_measures", "行政强制", decisions, "第二十条第（六）项", scalar: true),
            Row("fees", "行政事业性收费", fees, "第二十条第（八）项", scalar: true),
        ]);
    }

    private static TableDef Disclosure2019Table()
    {
        ImmutableArray<ColumnDef> documents = [new("本年新制作数量"), new("本年新公开数量"), new("对外公开总数量")];
        ImmutableArray<ColumnDef> items = [new("上一年项目数量"), new("本年增/减", CellKind.SignedCount), new("处理决定数量")];
        ImmutableArray<ColumnDef> fees = [new("上一年项目数量"), new("本年增/减", CellKind.SignedCount)];
        ImmutableArray<ColumnDef> procurement = [new("采购项目数量")];
        RowDef Row(string key, string label, ImmutableArray<ColumnDef> cols, string block) =>
            new(TableId.Disclosure, "disclosure_2019." + key, label, [], cols, block);

        return new TableDef(TableId.Disclosure, "二", "主动公开政府信息情况", "disclosure_2019",
        [
            Row("rules", "规章", documents, "第二十条第（一）项"),
            Row("normative_documents", "规范性文件", documents, "第二十条第（一）项"),
            Row("licensing", "行政许可", items, "第二十条第（五）项"),
            Row("other_services", "其他对外管理服务事项", items, "第二十条第（五）项"),
            Row("penalties", "行政处罚", items, "第二十条第（六）项"),
            Row("coercive_measures", "行政强制", items, "第二十条第（六）项"),
            Row("fees", "行政事业性收费", fees, "第二十条第（八）项"),
            Row("procurement", "政府集中采购", procurement, "第二十条第（九）项"),
        ]);
    }
}
