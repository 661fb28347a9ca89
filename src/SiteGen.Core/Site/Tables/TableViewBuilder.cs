using System.Globalization;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Site.Tables;

/// <summary>
/// Lays out a multi-level table from header paths: column paths (申请人情况 › 法人或其他组织 › 商业企业) become header
/// rows whose repeated prefixes merge into colspans; row paths (三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密)
/// become row headers whose repeated prefixes merge into rowspans. Every data cell names all its headers.
/// </summary>
public static class TableViewBuilder
{
    public sealed record Row(IReadOnlyList<string> Path, IReadOnlyList<decimal?> Cells);

    public static TableView Build(string id, string caption, string corner, IReadOnlyList<ColumnDef> columns, IReadOnlyList<Row> rows)
    {
        var columnPaths = columns.Select(c => c.Parents.Add(c.Label)).ToList();
        var headDepth = columnPaths.Max(p => p.Length);
        var rowDepth = rows.Max(r => r.Path.Count);

        // Header ids per column and level, so every data cell can list the headers above it.
        var columnHeaderIds = columnPaths.Select(_ => new List<string>()).ToList();
        var head = new List<IReadOnlyList<HeaderCell>>();
        for (var level = 0; level < headDepth; level++)
        {
            var cells = new List<HeaderCell>();
            if (level == 0)
            {
                cells.Add(new HeaderCell($"{id}-item", corner, rowDepth, headDepth, "col"));
            }

            for (var c = 0; c < columnPaths.Count; c++)
            {
                var path = columnPaths[c];
                if (level >= path.Length)
                {
                    continue;
                }

                // A prefix shared with the previous column was already written with a colspan.
                if (c > 0 && SamePrefix(columnPaths[c - 1], path, level + 1) && level < path.Length - 1)
                {
                    columnHeaderIds[c].Add(columnHeaderIds[c - 1][level]);
                    continue;
                }

                var span = 1;
                while (c + span < columnPaths.Count && level < path.Length - 1 && SamePrefix(columnPaths[c + span], path, level + 1))
                {
                    span++;
                }

                var isLeaf = level == path.Length - 1;
                var cellId = $"{id}-c{c}-{level}";
                columnHeaderIds[c].Add(cellId);
                cells.Add(new HeaderCell(cellId, path[level], span, isLeaf ? headDepth - level : 1, span > 1 ? "colgroup" : "col"));
            }

            head.Add(cells);
        }

        var body = new List<BodyRow>();
        var rowHeaderIds = new List<string>[rows.Count];
        for (var r = 0; r < rows.Count; r++)
        {
            var path = rows[r].Path;
            rowHeaderIds[r] = [];
            var headers = new List<HeaderCell>();
            for (var level = 0; level < path.Count; level++)
            {
                if (r > 0 && level < path.Count - 1 && SamePrefix(rows[r - 1].Path, path, level + 1) && rows[r - 1].Path.Count > level + 1)
                {
                    rowHeaderIds[r].Add(rowHeaderIds[r - 1][level]);
                    continue;
                }

                var span = 1;
                while (level < path.Count - 1 && r + span < rows.Count && rows[r + span].Path.Count > level + 1 && SamePrefix(rows[r + span].Path, path, level + 1))
                {
                    span++;
                }

                var isLeaf = level == path.Count - 1;
                var cellId = $"{id}-r{r}-{level}";
                rowHeaderIds[r].Add(cellId);
                headers.Add(new HeaderCell(cellId, path[level], isLeaf ? rowDepth - level : 1, span, span > 1 ? "rowgroup" : "row"));
            }

            var cells = rows[r].Cells.Select((value, c) => new DataCell(
                Format(value),
                string.Join(' ', columnHeaderIds[c].Concat(rowHeaderIds[r])),
                value is null,
                true)).ToList();
            body.Add(new BodyRow(headers, cells));
        }

        return new TableView(id, caption, head, body);
    }

    /// <summary>A blank cell shows as "—", explained under the table; never as 0.</summary>
    public static string Format(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "—";

    private static bool SamePrefix(IReadOnlyList<string> a, IReadOnlyList<string> b, int length) =>
        a.Count >= length && b.Count >= length && Enumerable.Range(0, length).All(i => a[i] == b[i]);
}
