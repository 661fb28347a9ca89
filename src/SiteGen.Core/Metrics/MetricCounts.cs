using System.Collections.Immutable;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Metrics;

/// <summary>
/// The counts the metrics are made from, summed over a group of reports (one report, an agency's year, a region, a
/// peer group). Every rate is computed from these sums, never by averaging the reports' rates (content-model.md).
/// A blank cell counts as 0, as the identities assume. Only reports that have a table add to its counts.
/// </summary>
public sealed record MetricCounts
{
    public static readonly MetricCounts Empty = new();

    /// <summary>How many reports were summed, and how many of them had table 三.</summary>
    public int Reports { get; init; }

    public int ReportsWithApplications { get; init; }

    /// <summary>一、本年新收, 总计 and 自然人 columns.</summary>
    public decimal Received { get; init; }

    public decimal ReceivedNatural { get; init; }

    public decimal CarriedOver { get; init; }

    public decimal Granted { get; init; }

    public decimal PartiallyGranted { get; init; }

    public decimal Withheld { get; init; }

    public decimal Unavailable { get; init; }

    public decimal NotHeld { get; init; }

    public decimal NotProcessed { get; init; }

    public decimal OtherHandling { get; init; }

    /// <summary>三（七）总计, 总计 column.</summary>
    public decimal Total { get; init; }

    public decimal CarriedForward { get; init; }

    public decimal ReviewTotal { get; init; }

    public decimal ReviewCorrected { get; init; }

    public decimal ReviewPending { get; init; }

    /// <summary>Both litigation groups of table 四 (未经复议直接起诉, 复议后起诉) added.</summary>
    public decimal LitigationTotal { get; init; }

    public decimal LitigationCorrected { get; init; }

    public decimal LitigationPending { get; init; }

    /// <summary>
    /// Which table 二 formats the volumes came from. The 2019 and 2021 tables measure table 二 differently, so a sum
    /// over both is not a number of anything: the volume metrics say so instead of adding them.
    /// </summary>
    public ImmutableSortedSet<ReportFormat> DisclosureFormats =>
        [.. new[] { (Has2021Disclosure, ReportFormat.F2021), (Has2019Disclosure, ReportFormat.F2019) }.Where(f => f.Item1).Select(f => f.Item2)];

    /// <summary>Whether a report of the 2021 (2019) format added to the table 二 volumes; flags keep record equality.</summary>
    public bool Has2021Disclosure { get; init; }

    public bool Has2019Disclosure { get; init; }

    public decimal Licensing { get; init; }

    public decimal Penalties { get; init; }

    public decimal CoerciveMeasures { get; init; }

    /// <summary>行政事业性收费 in 万元; only the 2021 table has an amount (2019 counts fee items).</summary>
    public decimal Fees { get; init; }

    public decimal NormativeDocumentsIssued { get; init; }

    public static MetricCounts Of(IEnumerable<Report> reports) => reports.Aggregate(Empty, (sum, r) => sum + Of(r));

    /// <summary>
    /// One report's counts, computed once per report object: every metric page, the year comparison, the region pages
    /// and the compare data ask for the same reports' counts (a year of 1,400 reports was counted some 20 times), and
    /// under <c>sitegen serve</c> an unchanged report keeps its object, so its counts carry over from build to build.
    /// </summary>
    public static MetricCounts Of(Report report) => Counted.GetValue(report, Count);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Report, MetricCounts> Counted = [];

    private static MetricCounts Count(Report report)
    {
        var counts = new MetricCounts { Reports = 1 };
        var total = NationalTemplate.TotalColumn;
        if (report.Format != ReportFormat.Pre2019 && report.HasTable(TableId.Applications))
        {
            counts = counts with
            {
                ReportsWithApplications = 1,
                Received = Cell(report, "applications.received", total),
                ReceivedNatural = Cell(report, "applications.received", 0),
                CarriedOver = Cell(report, "applications.carried_over", total),
                Granted = Cell(report, "applications.granted", total),
                PartiallyGranted = Cell(report, "applications.partially_granted", total),
                Withheld = Group(report, "applications.withheld", total),
                Unavailable = Group(report, "applications.unavailable", total),
                NotHeld = Cell(report, "applications.unavailable.not_held", total),
                NotProcessed = Group(report, "applications.not_processed", total),
                OtherHandling = Group(report, "applications.other_handling", total),
                Total = Cell(report, "applications.total", total),
                CarriedForward = Cell(report, "applications.carried_forward", total),
            };
        }

        if (report.HasTable(TableId.Appeals))
        {
            const int corrected = 1, pending = 3, sum = 4;
            string[] litigation = ["appeals.litigation_direct", "appeals.litigation_after_review"];
            counts = counts with
            {
                ReviewTotal = Cell(report, "appeals.review", sum),
                ReviewCorrected = Cell(report, "appeals.review", corrected),
                ReviewPending = Cell(report, "appeals.review", pending),
                LitigationTotal = litigation.Sum(p => Cell(report, p, sum)),
                LitigationCorrected = litigation.Sum(p => Cell(report, p, corrected)),
                LitigationPending = litigation.Sum(p => Cell(report, p, pending)),
            };
        }

        if (report.HasTable(TableId.Disclosure))
        {
            // 2021: one number a row (本年处理决定数量; fees in 万元). 2019: 处理决定数量 is the third column, and fees
            // count items, not money, so there is no amount to add.
            var is2021 = report.Format == ReportFormat.F2021;
            var (prefix, decisions) = is2021 ? ("disclosure.", 0) : ("disclosure_2019.", 2);
            counts = counts with
            {
                Has2021Disclosure = is2021,
                Has2019Disclosure = !is2021,
                Licensing = Cell(report, prefix + "licensing", decisions),
                Penalties = Cell(report, prefix + "penalties", decisions),
                CoerciveMeasures = Cell(report, prefix + "coercive_measures", decisions),
                Fees = is2021 ? Cell(report, "disclosure.fees", 0) : 0,
                NormativeDocumentsIssued = Cell(report, prefix + "normative_documents", 0),
            };
        }

        return counts;
    }

    public static MetricCounts operator +(MetricCounts a, MetricCounts b) => new()
    {
        Reports = a.Reports + b.Reports,
        ReportsWithApplications = a.ReportsWithApplications + b.ReportsWithApplications,
        Received = a.Received + b.Received,
        ReceivedNatural = a.ReceivedNatural + b.ReceivedNatural,
        CarriedOver = a.CarriedOver + b.CarriedOver,
        Granted = a.Granted + b.Granted,
        PartiallyGranted = a.PartiallyGranted + b.PartiallyGranted,
        Withheld = a.Withheld + b.Withheld,
        Unavailable = a.Unavailable + b.Unavailable,
        NotHeld = a.NotHeld + b.NotHeld,
        NotProcessed = a.NotProcessed + b.NotProcessed,
        OtherHandling = a.OtherHandling + b.OtherHandling,
        Total = a.Total + b.Total,
        CarriedForward = a.CarriedForward + b.CarriedForward,
        ReviewTotal = a.ReviewTotal + b.ReviewTotal,
        ReviewCorrected = a.ReviewCorrected + b.ReviewCorrected,
        ReviewPending = a.ReviewPending + b.ReviewPending,
        LitigationTotal = a.LitigationTotal + b.LitigationTotal,
        LitigationCorrected = a.LitigationCorrected + b.LitigationCorrected,
        LitigationPending = a.LitigationPending + b.LitigationPending,
        Has2021Disclosure = a.Has2021Disclosure || b.Has2021Disclosure,
        Has2019Disclosure = a.Has2019Disclosure || b.Has2019Disclosure,
        Licensing = a.Licensing + b.Licensing,
        Penalties = a.Penalties + b.Penalties,
        CoerciveMeasures = a.CoerciveMeasures + b.CoerciveMeasures,
        Fees = a.Fees + b.Fees,
        NormativeDocumentsIssued = a.NormativeDocumentsIssued + b.NormativeDocumentsIssued,
    };

    private static decimal Cell(Report report, string path, int column) =>
        report.Row(path) is { } row && column < row.Count ? row.ValueOrZero(column) : 0m;

    /// <summary>A row group (不予公开 and its eight reasons): every row under the path; 2019's 其他处理 is one row.</summary>
    private static decimal Group(Report report, string path, int column) =>
        report.Tables.SelectMany(t => t.Rows)
            .Where(r => r.Path == path || r.Path.StartsWith(path + ".", StringComparison.Ordinal))
            .Sum(r => Cell(report, r.Path, column));
}
