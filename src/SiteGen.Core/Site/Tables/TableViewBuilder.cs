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
        var key = LayoutKey(id, corner, columns, rows);
        if (!Layouts.TryGetValue(key, out var layout))
        {
            layout = MakeLayout(id, corner, columns, rows);
            if (Layouts.Count < MaxLayouts)
            {
                Layouts.TryAdd(key, layout);
            }
        }

        var body = new List<BodyRow>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = new List<DataCell>(rows[r].Cells.Count);
            for (var c = 0; c < rows[r].Cells.Count; c++)
            {
                var value = rows[r].Cells[c];
                cells.Add(new DataCell(Format(value), layout.CellHeaders[r][c], value is null, true));
            }

            body.Add(new BodyRow(layout.RowHeaders[r], cells));
        }

        return new TableView(id, caption, layout.Head, body);
    }

    /// <summary>
    /// What a table's markup takes from its headers alone: header rows with spans, each row's headers, each cell's
    /// header ids. Every report of a format has the same ones, so they are laid out once: laying them out per report
    /// and view was 4 % of a build at 10,000 reports. The headers, not the values, are the key.
    /// </summary>
    private sealed record Layout(IReadOnlyList<IReadOnlyList<HeaderCell>> Head, IReadOnlyList<HeaderCell>[] RowHeaders, string[][] CellHeaders);

    /// <summary>Tables of rows a province added have labels of their own; past this many layouts, they are not kept.</summary>
    private const int MaxLayouts = 4096;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Layout> Layouts = new(StringComparer.Ordinal);

    private static string LayoutKey(string id, string corner, IReadOnlyList<ColumnDef> columns, IReadOnlyList<Row> rows)
    {
        var key = new System.Text.StringBuilder(id).Append('\u0001').Append(corner);
        foreach (var column in columns)
        {
            key.Append('\u0001').AppendJoin('\u0002', column.Parents).Append('\u0002').Append(column.Label);
        }

        foreach (var row in rows)
        {
            key.Append('\u0003').AppendJoin('\u0002', row.Path).Append('\u0002').Append(row.Cells.Count);
        }

        return key.ToString();
    }

    private static Layout MakeLayout(string id, string corner, IReadOnlyList<ColumnDef> columns, IReadOnlyList<Row> rows)
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

        var rowHeaders = new IReadOnlyList<HeaderCell>[rows.Count];
        var cellHeaders = new string[rows.Count][];
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

            rowHeaders[r] = headers;
            cellHeaders[r] = [.. Enumerable.Range(0, rows[r].Cells.Count).Select(c => string.Join(' ', columnHeaderIds[c].Concat(rowHeaderIds[r])))];
        }

        return new Layout(head, rowHeaders, cellHeaders);
    }

    /// <summary>A blank cell shows as "—", explained under the table; never as 0.</summary>
    public static string Format(decimal? value) => value switch
    {
        null => "—",
        { } small when small >= 0 && small < SmallCounts.Length && decimal.IsInteger(small) => SmallCounts[(int)small],
        { } other => other.ToString("0.####", CultureInfo.InvariantCulture),
    };

    /// <summary>Most cells are small counts: their text is made once (every report's tables print them, twice).</summary>
    private static readonly string[] SmallCounts = [.. Enumerable.Range(0, 1000).Select(i => i.ToString(CultureInfo.InvariantCulture))];

    private static bool SamePrefix(IReadOnlyList<string> a, IReadOnlyList<string> b, int length) =>
        a.Count >= length && b.Count >= length && Enumerable.Range(0, length).All(i => a[i] == b[i]);
}
