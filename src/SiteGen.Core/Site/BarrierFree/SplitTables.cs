using SiteGen.Core.Reports;
using SiteGen.Core.Site.Tables;

namespace SiteGen.Core.Site.BarrierFree;

/// <summary>One national table as the 分表版 shows it: a heading and its simple tables, one per row group.</summary>
public sealed record SplitTableGroup(string Id, string Heading, IReadOnlyList<TableView> Tables);

/// <summary>
/// Splits the multi-level tables into simple tables (WCAG technique H63): one header row, one header column, so
/// <c>scope</c> alone names every cell's headers. A row group is a run of rows under the same parents
/// (三、本年度办理结果 › （三）不予公开); a column keeps its whole path in one header cell.
/// </summary>
public static class SplitTables
{
    public static IReadOnlyList<SplitTableGroup> For(Report report)
    {
        var groups = new List<SplitTableGroup>();
        foreach (var table in report.Tables)
        {
            var present = table.Rows.Where(r => report.Cells.ContainsKey(r.Path)).ToList();
            var extra = report.Extra.Where(e => e.Table == table.Id).ToList();
            if (present.Count == 0 && extra.Count == 0)
            {
                continue;
            }

            var views = new List<TableView>();
            foreach (var run in Runs(present))
            {
                var id = $"{table.YamlKey}-{views.Count + 1}";
                var caption = $"表{table.Number}之{views.Count + 1}：{GroupName(run)}";
                var columns = run[0].Columns.Select(c => new ColumnDef(c.Path, c.Kind)).ToList();
                views.Add(TableViewBuilder.Build(id, caption, "项目", columns,
                    [.. run.Select(r => new TableViewBuilder.Row([r.Label], [.. report.Cells[r.Path].Cells]))]));
            }

            foreach (var row in extra)
            {
                var id = $"{table.YamlKey}-{views.Count + 1}";
                views.Add(TableViewBuilder.Build(id, $"表{table.Number}之{views.Count + 1}：{CellLines.ExtraGroup}", "项目",
                    [.. row.Columns.Select(c => new ColumnDef(c))], [new TableViewBuilder.Row([row.Label], [.. row.Cells.Cells])]));
            }

            groups.Add(new SplitTableGroup($"table-{table.Number}", $"表{table.Number} {table.Caption}", views));
        }

        return groups;
    }

    /// <summary>Consecutive rows with the same block and parents and the same columns.</summary>
    private static IEnumerable<List<RowDef>> Runs(IReadOnlyList<RowDef> rows)
    {
        var run = new List<RowDef>();
        foreach (var row in rows)
        {
            if (run.Count > 0 && !(row.Block == run[0].Block && row.Parents.SequenceEqual(run[0].Parents) && row.Columns.SequenceEqual(run[0].Columns)))
            {
                yield return run;
                run = [];
            }

            run.Add(row);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    /// <summary>The block (第二十条第（一）项), the parents' path, or for top-level rows their own labels.</summary>
    private static string GroupName(IReadOnlyList<RowDef> run) =>
        run[0].Block ?? (run[0].Parents.IsEmpty ? string.Join("；", run.Select(r => r.Label)) : string.Join(CellLine.PathSeparator, run[0].Parents));
}
