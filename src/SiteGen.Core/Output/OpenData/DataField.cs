using System.Globalization;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Output.OpenData;

/// <summary>
/// One column of an open-data table: its name, its Frictionless type (string, integer, number, date), the
/// description the datapackage.json gives it, and how a report fills it (empty for a blank or absent cell).
/// </summary>
public sealed record DataField(string Name, string Type, string Description, Func<Report, string> Value)
{
    public static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}

/// <summary>The columns of reports.csv: the report's metadata, then every cell of the national tables (both formats).</summary>
public static class ReportFields
{
    public static readonly IReadOnlyList<DataField> Metadata =
    [
        new("agency_id", "string", "机关标识：稳定的 ASCII 短名，用于网址（front matter agency.id）", r => r.Agency.Id),
        new("agency_name", "string", "机关全称（agency.name）", r => r.Agency.Name),
        new("sector", "string", "领域：同领域同层级的机关是比较的同类组（agency.sector）", r => r.Agency.Sector),
        new("level", "string", "层级：省、市、县（区计为县级）、乡（agency.level）", r => r.Agency.Level.ToString()),
        new("province", "string", "省级地区（agency.region 第一项）", r => r.Agency.Province),
        new("city", "string", "市级地区（agency.region 第二项），省级机关为空", r => r.Agency.City ?? ""),
        new("county", "string", "县级地区（agency.region 第三项），没有则为空", r => r.Agency.Region.Length > 2 ? r.Agency.Region[2] : ""),
        new("year", "integer", "统计年度（1 月 1 日至 12 月 31 日），不是发布年份", r => r.Year.ToString(CultureInfo.InvariantCulture)),
        new("published", "date", "报告发布日期，未知则为空", r => r.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""),
        new("format", "string", "统计表格式：2021（国办公开办函〔2021〕30号）、2019（〔2019〕60号）或 pre2019（无统计表）", r => r.Format.ToYaml()),
        new("title", "string", "报告标题", r => r.Title),
        new("source", "string", "原文网址，未知则为空", r => r.Source ?? ""),
        new("procurement_amount", "string", "2019 年格式 政府集中采购金额，保留原文单位", r => r.ProcurementAmount ?? ""),
    ];

    /// <summary>Every row of every table of both formats, each row path once, in template order.</summary>
    public static readonly IReadOnlyList<(TableDef Table, RowDef Row)> Rows =
        [.. new[] { NationalTemplate.Disclosure2021, NationalTemplate.Disclosure2019, NationalTemplate.Applications2021, NationalTemplate.Applications2019, NationalTemplate.Appeals }
            .SelectMany(t => t.Rows.Select(r => (Table: t, Row: r)))
            .DistinctBy(x => x.Row.Path)];

    public static readonly IReadOnlyList<DataField> Cells = [.. Rows.SelectMany(x => CellFields(x.Table, x.Row))];

    public static readonly IReadOnlyList<DataField> All = [.. Metadata, .. Cells];

    /// <summary>"applications.received.7": the row's front matter path and the 1-based column; a scalar row is its path.</summary>
    public static string CellName(RowDef row, int column) => row.IsScalar ? row.Path : $"{row.Path}.{column + 1}";

    private static IEnumerable<DataField> CellFields(TableDef table, RowDef row)
    {
        var format = table.YamlKey == "disclosure_2019" || row.Path == "applications.other_handling" ? "（仅 2019 年格式）"
            : table.YamlKey == "disclosure" || row.Path.StartsWith("applications.other_handling.", StringComparison.Ordinal) ? "（仅 2021 年格式）" : "";
        for (var c = 0; c < row.Columns.Length; c++)
        {
            var column = row.Columns[c];
            var index = c;
            var rowText = row.Block is { } block ? $"{block} › {row.Label}" : row.HeaderPath;
            yield return new DataField(
                CellName(row, c),
                column.Kind == CellKind.Money ? "number" : "integer",
                $"表{table.Number} {rowText} · {column.Path}{format}；空白表示原表留空或该格式没有此格",
                r => r.Row(row.Path) is { } cells && index < cells.Count ? DataField.Number(cells[index]) : "");
        }
    }
}
