using SiteGen.Core.Reports;

namespace SiteGen.Core.Import;

/// <summary>
/// Writes the report file: front matter in the key order of content-model.md, each table row with its Chinese label
/// and input line as a comment (so an editor can check it against the original line by line), then the body.
/// Rows the input lacks are written as nulls with a comment saying so; the loader needs every row of a table present.
/// </summary>
public static class FrontMatterWriter
{
    public static List<OutputLine> Write(ImportedMetadata meta, ImportedTables tables, IReadOnlyList<OutputLine> body)
    {
        var output = new List<OutputLine>();
        void Add(string text, int line = 0) => output.Add(new OutputLine(text, line));

        Add("---");
        Add($"title: {YamlText.Scalar(meta.Title)}");
        Add("agency:");
        Add($"  name: {YamlText.Scalar(meta.Name)}");
        Add($"  id: {meta.Id}");
        Add($"  sector: {YamlText.Scalar(meta.Sector)}");
        Add($"  level: {meta.Level}");
        Add($"  region: [{string.Join(", ", meta.Region.Select(YamlText.Scalar))}]");
        Add($"year: {meta.Year ?? 2000}");
        Add($"format: {tables.Format.ToYaml()}");
        foreach (var table in NationalTemplate.TablesFor(tables.Format).Where(t => tables.Found.Contains(t.Id)))
        {
            Add("");
            WriteTable(table, tables, Add);
        }

        if (tables.Extra.Length > 0)
        {
            Add("");
            Add("extra:                           # 国家模板没有的行，照原样保留");
            foreach (var extra in tables.Extra)
            {
                var table = NationalTemplate.TablesFor(tables.Format).First(t => t.Id == extra.Table).Number;
                Add($"  - {{ table: {table}, label: {YamlText.Quoted(extra.Label)}, columns: [{string.Join(", ", extra.Columns.Select(YamlText.Quoted))}], values: {YamlText.List(extra.Values)} }}  # 原文第 {extra.Line} 行", extra.Line);
            }
        }

        Add("---");
        Add("");
        output.AddRange(body);
        return output;
    }

    private static void WriteTable(TableDef table, ImportedTables tables, Action<string, int> add)
    {
        add(Pad($"{table.YamlKey}:", $"{table.Number}、{table.Caption}（{tables.Format.ToYaml()} 年版）"), 0);
        if (table.Id == TableId.Applications)
        {
            add($"  # 每行 {NationalTemplate.ApplicantColumns.Length} 个数：" + string.Join("、", NationalTemplate.ApplicantColumns.Select(c => c.Label)), 0);
        }
        else if (table.Id == TableId.Appeals)
        {
            add($"  # 每行 {NationalTemplate.AppealColumns.Length} 个数：" + string.Join("、", NationalTemplate.AppealColumns.Select(c => c.Label)), 0);
        }

        string[] openGroups = [];
        foreach (var row in table.Rows)
        {
            var keys = row.Path.Split('.')[1..];
            var groups = keys[..^1];
            for (var depth = 0; depth < groups.Length; depth++)
            {
                if (openGroups.Length <= depth || openGroups[depth] != groups[depth])
                {
                    add(Pad(new string(' ', 2 * (depth + 1)) + groups[depth] + ":", row.Parents[^(groups.Length - depth)]), 0);
                }
            }

            openGroups = groups;
            var indent = new string(' ', 2 * (groups.Length + 1));
            tables.Rows.TryGetValue(row.Path, out var imported);
            var value = Value(row, imported, tables);
            // Line 0: a row with no input line (sitegen new writes zeros), so the comment is the label alone.
            var where = imported is null ? "导入的文件中没有" : imported.Line == 0 ? null : imported.Note is null ? $"原文第 {imported.Line} 行" : $"原文第 {imported.Line} 行：{imported.Note}";
            add(Pad($"{indent}{keys[^1]}: {value}", where is null ? Label(row) : $"{Label(row)} · {where}"), imported?.Line ?? 0);
        }
    }

    private static string Value(RowDef row, ImportedRow? imported, ImportedTables tables)
    {
        var cells = imported?.Cells ?? [.. row.Columns.Select(_ => (decimal?)null)];
        if (row.Path == "disclosure_2019.procurement")
        {
            var amount = tables.ProcurementAmount is null ? "null" : YamlText.Quoted(tables.ProcurementAmount);
            return $"{{items: {YamlText.Number(cells[0])}, amount: {amount}}}";
        }

        return row.IsScalar ? YamlText.Number(cells[0]) : YamlText.List(cells);
    }

    private static string Label(RowDef row) =>
        row.Table == TableId.Disclosure ? $"{row.Label}：{string.Join("、", row.Columns.Select(c => c.Label))}" : row.Label;

    private static string Pad(string yaml, string comment) => $"{yaml.PadRight(Math.Max(yaml.Length + 2, 40))}# {comment}";
}
