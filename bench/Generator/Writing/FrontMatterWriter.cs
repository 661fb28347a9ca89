using System.Globalization;
using System.Text;
using SiteGen.Bench.Generator.Agencies;
using SiteGen.Bench.Generator.Tables;
using SiteGen.Core.Reports;

namespace SiteGen.Bench.Generator.Writing;

/// <summary>
/// Writes a report's front matter the way the seeds have it: metadata, then every row of the format's tables in the
/// template's order (from <see cref="NationalTemplate"/>, so the keys are the loader's), each with its label as a comment.
/// </summary>
internal static class FrontMatterWriter
{
    private const int CommentColumn = 48;

    public static void Write(StringBuilder text, PlannedAgency agency, int year, DateOnly published, ReportNumbers numbers)
    {
        text.Append("---\n");
        text.Append("title: ").Append(agency.Name).Append(Year(year)).Append("年政府信息公开工作年度报告\n");
        text.Append("agency:\n");
        text.Append("  name: ").Append(agency.Name).Append('\n');
        text.Append("  id: ").Append(agency.Id).Append('\n');
        text.Append("  sector: ").Append(agency.Sector.Name).Append('\n');
        text.Append("  level: ").Append(agency.Level.ToString()).Append('\n');
        text.Append("  region: [").AppendJoin(", ", agency.Region).Append("]\n");
        text.Append("year: ").Append(Year(year)).Append('\n');
        text.Append("published: ").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        text.Append("format: ").Append(numbers.Format.ToYaml()).Append('\n');

        foreach (var table in NationalTemplate.TablesFor(numbers.Format))
        {
            text.Append('\n').Append(table.YamlKey).Append(":\n");
            string[] open = [];
            foreach (var row in table.Rows)
            {
                var keys = row.Path.Split('.')[1..];

                // Open the row groups (withheld:, unavailable: …) this row sits in, when the previous row was not in them.
                for (var depth = 0; depth < keys.Length - 1; depth++)
                {
                    if (depth >= open.Length || open[depth] != keys[depth])
                    {
                        Line(text, depth + 1, keys[depth] + ":", row.Parents[^1]);
                    }
                }

                open = keys[..^1];
                Line(text, keys.Length, $"{keys[^1]}: {Value(row, numbers)}", row.Label);
            }
        }

        text.Append("---\n");
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, int indent, string content, string comment)
    {
        var start = text.Length;
        text.Append(' ', indent * 2).Append(content);
        var width = text.Length - start;
        text.Append(' ', Math.Max(1, CommentColumn - width)).Append("# ").Append(comment).Append('\n');
    }

    private static string Value(RowDef row, ReportNumbers numbers)
    {
        var cells = numbers[row.Path];
        if (row.Path == "disclosure_2019.procurement")
        {
            return $"{{items: {Cell(cells[0])}, amount: \"{numbers.ProcurementAmount}\"}}";
        }

        return row.IsScalar ? Cell(cells[0]) : "[" + string.Join(", ", cells.Select(Cell)) + "]";
    }

    private static string Cell(decimal? value) =>
        value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "null";
}
