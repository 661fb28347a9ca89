using SiteGen.Core.Reports;

namespace SiteGen.Bench.Generator.Tables;

/// <summary>
/// Every table cell of one generated report, keyed by the row paths of <see cref="NationalTemplate"/>
/// (applications.withheld.state_secret). A null cell is one the "original" left blank.
/// </summary>
internal sealed class ReportNumbers(ReportFormat format)
{
    private readonly Dictionary<string, decimal?[]> _rows = new(StringComparer.Ordinal);

    public ReportFormat Format { get; } = format;

    /// <summary>2019's 政府集中采购 amount, with its unit text (251000元, 35.6万元).</summary>
    public string? ProcurementAmount { get; set; }

    public decimal?[] this[string path]
    {
        get => _rows[path];
        set => _rows[path] = value;
    }

    public bool Has(string path) => _rows.ContainsKey(path);

    /// <summary>The row's last cell (总计, or the single number of a scalar row), blank as 0: what the narrative states.</summary>
    public int Total(string path) => _rows.TryGetValue(path, out var row) ? (int)(row[^1] ?? 0) : 0;

    /// <summary>A decided number: 2021's scalar row or 2019's 处理决定数量 (the third cell).</summary>
    public int Decisions(string row) => Format == ReportFormat.F2021
        ? Total("disclosure." + row)
        : (int)(_rows["disclosure_2019." + row][2] ?? 0);

    public static decimal?[] Counts(params int[] values) => [.. values.Select(v => (decimal?)v)];
}
