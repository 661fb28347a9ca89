using System.Collections.Immutable;

namespace SiteGen.Core.Metrics;

/// <summary>
/// The metrics of the comparison pages, as content-model.md defines them, in the order the pages show them. The
/// 指标说明 page is written from these definitions, so the formula a reader sees is the one the code runs.
/// </summary>
public static class MetricCatalog
{
    private const string Received = "三、一、本年新收政府信息公开申请数量";
    private const string Total = "三、（七）总计";
    private const string SmallSample = "本年新收申请不足 30 件的机关或分组标为小样本：几件申请就能让比率大起大落。";
    private const string ZeroDenominator = "分母为 0 时显示“—”，不显示 0% 或 100%。";
    private const string FromSums = "分组的比率由各报告相加后的件数计算，不是各机关比率的平均。";
    private const string Blank = "原表留空或填“/”“无”的单元格按 0 计入。";
    private const string FormatBreak = "2019 年格式（2019、2020 年度）与 2021 年格式的表二口径不同：跨格式的序列断开，不把两种数字相连或相加。";

    public static readonly MetricDef SubstantiveDisclosure = Rate("disclosure-rate", "实质公开率",
        "（予以公开 + 部分公开）÷ 总计", ["三、（一）予以公开", "三、（二）部分公开", Total],
        c => c.Granted + c.PartiallyGranted, c => c.Total);

    public static readonly MetricDef Withheld = Rate("withheld-rate", "不予公开率",
        "不予公开（1—8 项之和）÷ 总计", ["三、（三）不予公开 1—8", Total], c => c.Withheld, c => c.Total);

    public static readonly MetricDef Unavailable = Rate("unavailable-rate", "无法提供率",
        "无法提供（1—3 项之和）÷ 总计", ["三、（四）无法提供 1—3", Total], c => c.Unavailable, c => c.Total);

    public static readonly MetricDef NotHeld = Rate("not-held-rate", "本机关不掌握率",
        "本机关不掌握相关政府信息 ÷ 总计", ["三、（四）1.本机关不掌握相关政府信息", Total], c => c.NotHeld, c => c.Total);

    public static readonly MetricDef NotProcessed = Rate("not-processed-rate", "不予处理率",
        "不予处理（1—5 项之和）÷ 总计", ["三、（五）不予处理 1—5", Total], c => c.NotProcessed, c => c.Total);

    public static readonly MetricDef CarryForward = Rate("carry-forward-rate", "结转率",
        "结转下年度继续办理 ÷（本年新收 + 上年结转）", ["三、四、结转下年度继续办理", Received, "三、二、上年结转政府信息公开申请数量"],
        c => c.CarriedForward, c => c.Received + c.CarriedOver);

    public static readonly MetricDef LegalPersons = Rate("legal-person-share", "法人或其他组织申请占比",
        "（本年新收总计 − 自然人）÷ 本年新收总计", [Received + "（自然人、总计两列）"],
        c => c.Received - c.ReceivedNatural, c => c.Received);

    public static readonly MetricDef ReviewCorrection = Rate("review-correction-rate", "复议纠错率",
        "行政复议结果纠正 ÷（行政复议总计 − 尚未审结）", ["四、行政复议：结果纠正、尚未审结、总计"],
        c => c.ReviewCorrected, c => c.ReviewTotal - c.ReviewPending,
        "尚未审结的案件不在分母中：纠错率只看已有结果的案件。");

    public static readonly MetricDef LitigationCorrection = Rate("litigation-correction-rate", "诉讼纠错率",
        "行政诉讼结果纠正 ÷（行政诉讼总计 − 尚未审结），两组诉讼相加", ["四、行政诉讼 未经复议直接起诉、复议后起诉：结果纠正、尚未审结、总计"],
        c => c.LitigationCorrected, c => c.LitigationTotal - c.LitigationPending,
        "尚未审结的案件不在分母中。");

    public static readonly MetricDef AppealsPer100 = new("appeals-per-100", "复议诉讼率", MetricKind.Per100,
        "（行政复议总计 + 两组行政诉讼总计）÷ 本年新收 × 100", ["四、行政复议总计", "四、行政诉讼两组总计", Received],
        [.. Common, "复议和诉讼可能针对往年的申请，所以这是强度的量度，不是比例，可以超过 100。"],
        c => c.ReviewTotal + c.LitigationTotal, c => c.Received)
    {
        Unit = "件/百件申请",
    };

    public static readonly MetricDef Licensing = Volume("licensing", "行政许可处理决定", "件",
        "表二 行政许可 本年处理决定数量（2019 年格式：处理决定数量）", c => c.Licensing);

    public static readonly MetricDef Penalties = Volume("penalties", "行政处罚处理决定", "件",
        "表二 行政处罚 本年处理决定数量（2019 年格式：处理决定数量）", c => c.Penalties);

    public static readonly MetricDef Coercive = Volume("coercive-measures", "行政强制处理决定", "件",
        "表二 行政强制 本年处理决定数量（2019 年格式：处理决定数量）", c => c.CoerciveMeasures);

    public static readonly MetricDef Fees = Volume("fees", "行政事业性收费金额", "万元",
        "表二 行政事业性收费 本年收费金额（万元）", c => c.Fees) with
    { Only2021 = true };

    public static readonly MetricDef NormativeDocuments = Volume("normative-documents", "行政规范性文件制发", "件",
        "表二 行政规范性文件 本年制发件数（2019 年格式：规范性文件 本年新制作数量）", c => c.NormativeDocumentsIssued);

    public static readonly ImmutableArray<MetricDef> All =
    [
        SubstantiveDisclosure, Withheld, Unavailable, NotHeld, NotProcessed, CarryForward, LegalPersons,
        ReviewCorrection, LitigationCorrection, AppealsPer100,
        Licensing, Penalties, Coercive, Fees, NormativeDocuments,
    ];

    /// <summary>The main figures the per-year page shows for every agency side by side.</summary>
    public static readonly ImmutableArray<MetricDef> Main =
        [SubstantiveDisclosure, Withheld, Unavailable, NotProcessed, CarryForward, ReviewCorrection, AppealsPer100];

    public static MetricDef? Find(string id) => All.FirstOrDefault(m => m.Id == id);

    private static ImmutableArray<string> Common => [FromSums, ZeroDenominator, SmallSample, Blank];

    private static MetricDef Rate(string id, string name, string formula, ImmutableArray<string> rows,
        Func<MetricCounts, decimal> numerator, Func<MetricCounts, decimal> denominator, params string[] caveats) =>
        new(id, name, MetricKind.Rate, formula, rows, [.. Common, .. caveats], numerator, denominator) { Unit = "%" };

    private static MetricDef Volume(string id, string name, string unit, string formula, Func<MetricCounts, decimal> value) =>
        new(id, name, MetricKind.Volume, formula, [formula], [FromSums, Blank, FormatBreak], value, _ => 1m)
        {
            Unit = unit,
            ReadsDisclosure = true,
        };
}
