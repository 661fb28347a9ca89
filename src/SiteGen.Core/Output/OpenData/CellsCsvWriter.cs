using System.Globalization;
using SiteGen.Core.Reports;
using SiteGen.Core.Site;
using SiteGen.Core.Site.BarrierFree;

namespace SiteGen.Core.Output.OpenData;

/// <summary>
/// data/cells-YEAR.csv: every number of one year's reports in long form, one line a cell, written from <see cref="CellLines"/>
/// like the per-report files. A blank cell has an empty value, never 0; rows a province added are kept (地方增列).
/// </summary>
public static class CellsCsvWriter
{
    public static readonly IReadOnlyList<(string Name, string Type, string Description)> Fields =
    [
        ("agency_id", "string", "机关标识（agency.id）"),
        ("agency_name", "string", "机关全称"),
        ("year", "integer", "统计年度"),
        ("format", "string", "统计表格式：2021 或 2019"),
        ("table", "string", "表格编号：二（主动公开）、三（申请处理）、四（复议诉讼）"),
        ("row_key", "string", "行在 front matter 中的路径（applications.withheld.state_secret）；地方增列的行为 extra.<表>.<序号>"),
        ("row", "string", "行的完整表头路径，以 › 分隔"),
        ("column_index", "integer", "列序号，从 1 起"),
        ("column", "string", "列的完整表头路径，以 › 分隔"),
        ("value", "number", "数值；空白表示原表留空或填“/”“-”“无”"),
    ];

    /// <remarks>
    /// A year's table runs to 80 MB and 800,000 lines at 10,000 reports, and under serve a number edit writes it again.
    /// Most of each line repeats: the report's four fields on all its lines, and all but the value on the same line of
    /// every report of a format. Each is encoded once and copied after; only the value is encoded per line. A line's
    /// labels are found by its column path, one shared array per template row and column (<see cref="CellLines"/>);
    /// a row a province added has arrays of its own, and is encoded for itself.
    /// Each report's lines go to an array of their own, made as the file is written (<see cref="FileJob.BuildParts"/>),
    /// and made from the report alone: under serve, a number edit copies the other reports' lines from the file the
    /// output has (<see cref="FilePart"/>).
    /// </remarks>
    public static IEnumerable<FilePart> SourcedParts(IEnumerable<Report> reports)
    {
        yield return new FilePart(null, () =>
        {
            var header = new CsvText();
            header.Line([.. Fields.Select(f => f.Name)]);
            return header.ToBytes();
        });
        var labels = new Dictionary<IReadOnlyList<string>, byte[]>(ReferenceEqualityComparer.Instance);
        foreach (var report in OpenDataOrder.Of(reports))
        {
            yield return new FilePart(report, () => Lines(report, labels));
        }
    }

    /// <summary>The file's bytes in parts: a header, then a part a report.</summary>
    public static IEnumerable<byte[]> Parts(IEnumerable<Report> reports) => SourcedParts(reports).Select(p => p.Make());

    /// <summary>A report's lines; <paramref name="labels"/> keeps each line's labels encoded, from report to report.</summary>
    private static byte[] Lines(Report report, Dictionary<IReadOnlyList<string>, byte[]> labels)
    {
        var prefix = new CsvText(256);
        prefix.Line([report.Agency.Id, report.Agency.Name, report.Year.ToString(CultureInfo.InvariantCulture), report.Format.ToYaml()], end: false);
        var reportPrefix = prefix.ToBytes(withPreamble: false);
        // One buffer per thread, from report to report: a new one each time, grown past 48 KB and then copied out, was
        // 1.3 GB of a 10,000-report build's garbage for 430 MB of lines.
        var csv = _buffer ??= new CsvText(64 * 1024);
        csv.Clear();
        foreach (var table in CellLines.For(report))
        {
            foreach (var (line, column) in Indexed(table.Lines))
            {
                if (!labels.TryGetValue(line.ColumnPath, out var middle))
                {
                    var encoded = new CsvText(256);
                    encoded.Line([table.Number, line.Key, line.RowText, column.ToString(CultureInfo.InvariantCulture), line.ColumnText], end: false);
                    labels[line.ColumnPath] = middle = encoded.ToBytes(withPreamble: false);
                }

                csv.Raw(reportPrefix);
                csv.Raw(middle);
                csv.End(DataField.Number(line.Value));
            }
        }

        return csv.ToBytes(withPreamble: false);
    }

    [ThreadStatic]
    private static CsvText? _buffer;

    /// <summary>The whole file as one array.</summary>
    public static byte[] Write(IEnumerable<Report> reports) => ByteParts.Join(Parts(reports));

    /// <summary>Each line with its 1-based column: lines of one row come together, in column order.</summary>
    private static IEnumerable<(CellLine Line, int Column)> Indexed(IReadOnlyList<CellLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var column = 1;
            while (i - column >= 0 && lines[i - column].Key == lines[i].Key)
            {
                column++;
            }

            yield return (lines[i], column);
        }
    }
}
