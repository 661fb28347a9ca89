using SiteGen.Core.Reports;
using SiteGen.Core.Site.Tables;

namespace SiteGen.Core.Site.BarrierFree;

/// <summary>
/// One number of a report's tables with its full header path: the row path (三、本年度办理结果 › （三）不予公开 ›
/// 1.属于国家秘密) and the column path (申请人情况 › 法人或其他组织 › 商业企业). The 逐项文字版, the CSV and the JSON
/// are all written from these lines, so they can never disagree.
/// </summary>
public sealed record CellLine(string Key, IReadOnlyList<string> RowPath, IReadOnlyList<string> ColumnPath, decimal? Value)
{
    public const string PathSeparator = " › ";

    /// <summary>The row path as one string. <see cref="CellLines"/> gives every report the same path arrays for a
    /// template row, so each is joined once and kept as long as its array lives.</summary>
    public string RowText => Joined.GetValue(RowPath, static path => string.Join(PathSeparator, (IReadOnlyList<string>)path));

    public string ColumnText => Joined.GetValue(ColumnPath, static path => string.Join(PathSeparator, (IReadOnlyList<string>)path));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, string> Joined = [];

    /// <summary>"三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密 · 自然人", the label the text view reads before the number.</summary>
    public string Label => $"{RowText} · {ColumnText}";

    /// <summary>The number as printed; a blank cell says so in words, since "—" is read as nothing or as "dash".</summary>
    public string ValueText => Value is null ? BlankText : TableViewBuilder.Format(Value);

    public const string BlankText = "空白";
}

/// <summary>The lines of one national table, in the template's row and column order.</summary>
public sealed record TableLines(TableId Table, string Number, string Caption, IReadOnlyList<CellLine> Lines)
{
    /// <summary>"表三 收到和处理政府信息公开申请情况".</summary>
    public string Title => $"表{Number} {Caption}";
}

/// <summary>Flattens a report's tables 二、三、四 into <see cref="CellLine"/>s, labels taken from <see cref="NationalTemplate"/>.</summary>
public static class CellLines
{
    /// <summary>Rows a provincial variant adds are kept under this group, never dropped.</summary>
    public const string ExtraGroup = "地方增列";

    /// <summary>
    /// The tables <see cref="For"/> gives lines for, without making the lines: the plan and every view's links ask
    /// this of a report, and the lines themselves are made only where a page or file prints them.
    /// </summary>
    public static IEnumerable<TableDef> TablesOf(Report report) =>
        report.Tables.Where(table =>
            table.Rows.Any(row => row.Columns.Length > 0 && report.Cells.ContainsKey(row.Path))
            || report.Extra.Any(e => e.Table == table.Id && e.Columns.Length > 0));

    public static IReadOnlyList<TableLines> For(Report report) =>
        [.. report.Tables.Select(table => Of(report, table)).OfType<TableLines>()];

    /// <summary>One table's lines (null if the report has none): a table's CSV needs only its own.</summary>
    public static TableLines? Of(Report report, TableId id) => report.Tables.FirstOrDefault(t => t.Id == id) is { } table ? Of(report, table) : null;

    private static TableLines? Of(Report report, TableDef table)
    {
        var lines = new List<CellLine>();
        foreach (var row in table.Rows)
        {
            if (report.Row(row.Path) is not { } cells)
            {
                continue;
            }

            var labels = Labels.GetValue(row, r => new RowLabels(r));
            for (var c = 0; c < row.Columns.Length; c++)
            {
                lines.Add(new CellLine(row.Path, labels.RowPath, labels.ColumnPaths[c], cells[c]));
            }
        }

        var extra = report.Extra.Where(e => e.Table == table.Id).ToList();
        for (var i = 0; i < extra.Count; i++)
        {
            for (var c = 0; c < extra[i].Columns.Length; c++)
            {
                var value = c < extra[i].Cells.Count ? extra[i].Cells[c] : null;
                lines.Add(new CellLine($"extra.{table.YamlKey}.{i + 1}", [ExtraGroup, extra[i].Label], [extra[i].Columns[c]], value));
            }
        }

        return lines.Count > 0 ? new TableLines(table.Id, table.Number, table.Caption, lines) : null;
    }

    /// <summary>
    /// The label paths of one template row, made once per row of the template and shared by every report's lines.
    /// Made per line, with their joined text, they were the largest part of the tables' allocations: CellLines.For
    /// allocated 316 MB of a 1,000-report build's 3.2 GB, 132 MB after.
    /// </summary>
    private sealed class RowLabels(RowDef row)
    {
        // Table 二 prints its rows under the article of the 条例 they report on (第二十条第（一）项).
        public IReadOnlyList<string> RowPath { get; } = row.Block is { } block ? [block, row.Label] : [.. row.Parents, row.Label];

        public IReadOnlyList<string>[] ColumnPaths { get; } = [.. row.Columns.Select(column => (IReadOnlyList<string>)[.. column.Parents, column.Label])];
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<RowDef, RowLabels> Labels = [];
}
