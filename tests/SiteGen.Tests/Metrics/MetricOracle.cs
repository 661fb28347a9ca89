using SiteGen.Core.Metrics;
using SiteGen.Core.Reports;

namespace SiteGen.Tests.Metrics;

/// <summary>
/// The metrics computed again, the long way, straight from the front matter cells, with every row named: the
/// independent side of the property tests. It shares no code with <see cref="MetricCounts"/>.
/// </summary>
internal static class MetricOracle
{
    private static readonly string[] Withheld =
        ["state_secret", "prohibited_by_law", "security_stability", "third_party_rights", "internal_affairs", "process_information", "enforcement_files", "query_matters"];

    private static readonly string[] Unavailable = ["not_held", "needs_creation", "unclear"];

    private static readonly string[] NotProcessed = ["complaints", "repeated", "publications", "excessive", "confirmation"];

    public static decimal Cell(Report r, string path, int column) => r.Cells.TryGetValue(path, out var row) ? row[column] ?? 0 : 0;

    private static decimal Total(IEnumerable<Report> rs, string path) => rs.Sum(r => Cell(r, "applications." + path, 6));

    private static decimal Total(IEnumerable<Report> rs, string prefix, string[] keys) => keys.Sum(k => Total(rs, $"{prefix}.{k}"));

    /// <summary>(numerator, denominator) of a metric over the reports; for volumes the denominator is 1.</summary>
    public static (decimal Numerator, decimal Denominator) Of(string metricId, IReadOnlyList<Report> rs)
    {
        decimal Appeal(string group, int col) => rs.Sum(r => Cell(r, "appeals." + group, col));
        decimal Litigation(int col) => Appeal("litigation_direct", col) + Appeal("litigation_after_review", col);
        decimal Disclosure(string key) => rs.Sum(r => r.Format == ReportFormat.F2021 ? Cell(r, "disclosure." + key, 0) : Cell(r, "disclosure_2019." + key, 2));
        var total = Total(rs, "total");
        var received = Total(rs, "received");
        return metricId switch
        {
            "disclosure-rate" => (Total(rs, "granted") + Total(rs, "partially_granted"), total),
            "withheld-rate" => (Total(rs, "withheld", Withheld), total),
            "unavailable-rate" => (Total(rs, "unavailable", Unavailable), total),
            "not-held-rate" => (Total(rs, "unavailable.not_held"), total),
            "not-processed-rate" => (Total(rs, "not_processed", NotProcessed), total),
            "carry-forward-rate" => (Total(rs, "carried_forward"), received + Total(rs, "carried_over")),
            "legal-person-share" => (received - rs.Sum(r => Cell(r, "applications.received", 0)), received),
            "review-correction-rate" => (Appeal("review", 1), Appeal("review", 4) - Appeal("review", 3)),
            "litigation-correction-rate" => (Litigation(1), Litigation(4) - Litigation(3)),
            "appeals-per-100" => (Appeal("review", 4) + Litigation(4), received),
            "licensing" => (Disclosure("licensing"), 1),
            "penalties" => (Disclosure("penalties"), 1),
            "coercive-measures" => (Disclosure("coercive_measures"), 1),
            "fees" => (rs.Sum(r => Cell(r, "disclosure.fees", 0)), 1),
            "normative-documents" => (rs.Sum(r => r.Format == ReportFormat.F2021 ? Cell(r, "disclosure.normative_documents", 0) : Cell(r, "disclosure_2019.normative_documents", 0)), 1),
            _ => throw new ArgumentException(metricId),
        };
    }

    /// <summary>The text the pages must show for the metric over these reports.</summary>
    public static string Text(MetricDef metric, IReadOnlyList<Report> rs)
    {
        var (n, d) = Of(metric.Id, rs);
        var formats = rs.Where(r => r.Format != ReportFormat.Pre2019).Select(r => r.Format).Distinct().ToList();
        if (metric.Kind == MetricKind.Volume)
        {
            var comparable = formats.Count == 1 && (metric.Id != "fees" || formats[0] == ReportFormat.F2021);
            return comparable ? MetricValue.Format(MetricKind.Volume, n) : "—";
        }

        return d == 0 ? "—" : (Math.Round(n * 100 / d, 1, MidpointRounding.AwayFromZero).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + (metric.Kind == MetricKind.Rate ? "%" : ""));
    }
}
