using System.Collections.Immutable;
using System.Text;
using SiteGen.Core.Narrative;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Import;

/// <summary>
/// A new report file ready to fill in (<c>sitegen new</c>): every key of the chosen format, zeros in the tables with each
/// row's Chinese label as a comment, and the six national headings. The agency's region, sector, level and id are
/// guessed from its name as the importer does; what cannot be guessed is written as 待定 or a placeholder id and said.
/// </summary>
public static class ReportSkeleton
{
    /// <summary>The format a report year uses when none is asked for: 〔2021〕30号 from 2021, 〔2019〕60号 for 2019-2020.</summary>
    public static ReportFormat? DefaultFormat(int year) => year >= 2021 ? ReportFormat.F2021 : year >= 2019 ? ReportFormat.F2019 : null;

    public static (string Text, ImportedMetadata Metadata, ImportLog Log) Write(string agency, int year, ReportFormat format, string? id = null)
    {
        var title = $"{agency}{year}年政府信息公开工作年度报告";
        var log = new ImportLog("sitegen new");
        SourceLine[] lines = [new(1, LineKind.Heading, title, [], 1)];
        var meta = MetadataGuesser.Guess(lines, DocumentOutline.Find(lines), log) with { Title = title, Year = year };
        if (id is not null)
        {
            meta = meta with { Id = id };
        }

        var zeros = NationalTemplate.TablesFor(format).SelectMany(t => t.Rows)
            .ToImmutableDictionary(r => r.Path, r => new ImportedRow(r, [.. r.Columns.Select(_ => (decimal?)0m)], 0));
        var tables = new ImportedTables(format, zeros, [], [.. NationalTemplate.TablesFor(format).Select(t => t.Id)], null);
        var body = NationalSection.Titles.SelectMany(heading => new OutputLine[] { new($"## {heading}", 0), new("", 0), new("<!-- 在此填写本节正文（这行注释不会发布） -->", 0), new("", 0) });

        var text = new StringBuilder();
        var front = FrontMatterWriter.Write(meta, tables, [.. body]);
        for (var i = 0; i < front.Count; i++)
        {
            text.Append(front[i].Text).Append('\n');
            if (i == 0)
            {
                text.Append("# 由 sitegen new 生成：把表中的 0 换成本机关的数字（原表空白或“/”的格子写 null）；每行后的注释是国家模板中的行名。\n");
            }
        }

        return (text.ToString().TrimEnd('\n') + "\n", meta, log);
    }
}
