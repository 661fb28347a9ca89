using System.Globalization;
using System.Text.Json;
using SiteGen.Core.Output.OpenData;
using SiteGen.Core.Reports;
using SiteGen.Tests.Metrics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.OpenData;

/// <summary>
/// The archive as open data, read back: reports.json, reports.csv and cells.csv each give every cell of every report
/// of a generated archive (both formats, blanks and all), and datapackage.json describes every column.
/// </summary>
public sealed class OpenDataTests(MetricArchive archive) : IClassFixture<MetricArchive>
{
    private static decimal? Parse(string text) => text.Length == 0 ? null : decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    private IEnumerable<Report> Reports => archive.Reports.Concat(SeedReports.Value);

    private static readonly Lazy<IReadOnlyList<Report>> SeedReports = new(() => Core.Content.ContentLoader.Load(RepoPaths.Content).Reports);

    [Fact]
    public void Reports_json_read_back_gives_every_report_its_cells_extra_rows_and_metadata()
    {
        using var json = JsonDocument.Parse(ReportsJsonWriter.Write(Reports));
        var read = json.RootElement.EnumerateArray().ToDictionary(e => $"{e.GetProperty("agency").GetProperty("id").GetString()}/{e.GetProperty("year").GetInt32()}");

        Assert.Equal(Reports.Count(), read.Count);
        foreach (var report in Reports)
        {
            var e = read[report.Key];
            var cells = e.GetProperty("cells").EnumerateObject().ToDictionary(p => p.Name, p => new CellRow([.. p.Value.EnumerateArray().Select(Number)]));
            Assert.Equal(report.Cells.OrderBy(c => c.Key, StringComparer.Ordinal), cells.OrderBy(c => c.Key, StringComparer.Ordinal));
            Assert.Equal(report.Format.ToYaml(), e.GetProperty("format").GetString());
            Assert.Equal(report.Agency.Name, e.GetProperty("agency").GetProperty("name").GetString());
            Assert.Equal(report.Agency.Region, e.GetProperty("agency").GetProperty("region").EnumerateArray().Select(x => x.GetString()!));
            Assert.Equal(report.Title, e.GetProperty("title").GetString());
            Assert.Equal(report.ProcurementAmount, e.GetProperty("procurement_amount").GetString());
            var extra = e.GetProperty("extra").EnumerateArray().Select(x => (x.GetProperty("label").GetString()!, new CellRow([.. x.GetProperty("cells").EnumerateArray().Select(Number)])));
            Assert.Equal(report.Extra.Select(x => (x.Label, x.Cells)), extra);
        }
    }

    /// <summary>
    /// The plan and every view's links learn which tables a report has from TablesOf, and a table's CSV is written from
    /// Of alone: both must say what the whole lines say, or a link would point at a file that is not written.
    /// </summary>
    [Fact]
    public void The_tables_a_report_has_and_each_tables_lines_agree_with_all_its_lines()
    {
        // A report before 2019 (narrative only) has no tables; one whose file left out every number has none either.
        var seed = SeedReports.Value[0];
        var reports = Reports.Append(seed with { Format = ReportFormat.Pre2019 }).Append(seed with { Cells = ReportCells.Empty, Extra = [] })
            // A province's added row makes a table of its own where the report has no national row of it.
            .Append(seed with { Cells = ReportCells.Empty, Extra = [new ExtraRow(TableId.Appeals, "信访转办", ["件数"], new CellRow([3m]))] })
            .ToList();
        Assert.Contains(reports, r => Core.Site.BarrierFree.CellLines.For(r).Count == 0);
        Assert.Contains(reports, r => r.Extra.Length > 0);
        foreach (var report in reports)
        {
            var all = Core.Site.BarrierFree.CellLines.For(report);
            Assert.Equal(all.Select(t => t.Table), Core.Site.BarrierFree.CellLines.TablesOf(report).Select(t => t.Id));
            foreach (var table in report.Tables)
            {
                var one = Core.Site.BarrierFree.CellLines.Of(report, table.Id);
                var expected = all.SingleOrDefault(t => t.Table == table.Id);
                Assert.Equal(expected?.Lines.Select(l => (l.Key, l.Label, l.Value)), one?.Lines.Select(l => (l.Key, l.Label, l.Value)));
            }
        }
    }

    [Fact]
    public void Reports_csv_read_back_gives_every_cell_of_every_report_in_its_column()
    {
        var rows = CsvReader.Read(ReportsCsvWriter.Write(Reports));
        var header = rows[0];
        Assert.Equal(ReportFields.All.Select(f => f.Name), header);
        Assert.Equal(header.Length, header.Distinct().Count());
        Assert.Equal(Reports.Count(), rows.Count - 1);
        var byKey = rows.Skip(1).ToDictionary(r => $"{r[0]}/{r[Array.IndexOf(header, "year")]}");
        foreach (var report in Reports)
        {
            var line = byKey[report.Key];
            Assert.Equal(report.Agency.Name, line[Array.IndexOf(header, "agency_name")]);
            foreach (var (_, row) in ReportFields.Rows)
            {
                var cells = report.Row(row.Path);
                for (var c = 0; c < row.Columns.Length; c++)
                {
                    var value = Parse(line[Array.IndexOf(header, ReportFields.CellName(row, c))]);
                    Assert.Equal(cells is null ? null : cells[c], value);
                }
            }
        }
    }

    [Fact]
    public void Cells_csv_read_back_gives_every_cell_of_every_report_and_nothing_else()
    {
        var rows = CsvReader.Read(CellsCsvWriter.Write(Reports));
        Assert.Equal(CellsCsvWriter.Fields.Select(f => f.Name), rows[0]);
        var read = rows.Skip(1)
            .Where(r => !r[5].StartsWith("extra.", StringComparison.Ordinal))
            .GroupBy(r => $"{r[0]}/{r[2]}")
            .ToDictionary(g => g.Key, g => g.GroupBy(r => r[5]).ToDictionary(r => r.Key, r => new CellRow([.. r.OrderBy(x => int.Parse(x[7], CultureInfo.InvariantCulture)).Select(x => Parse(x[9]))])));
        foreach (var report in Reports.Where(r => r.Cells.Count > 0))
        {
            Assert.Equal(report.Cells.OrderBy(c => c.Key, StringComparer.Ordinal), read[report.Key].OrderBy(c => c.Key, StringComparer.Ordinal));
        }

        Assert.Equal(Reports.Count(r => r.Cells.Count > 0), read.Count);
        Assert.Equal(Reports.Sum(r => r.Extra.Sum(e => e.Columns.Length)), rows.Skip(1).Count(r => r[5].StartsWith("extra.", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The long table encodes each repeated field once and copies it after (issue 8): every line must still carry its
    /// own report's fields and its own cell's headers, in order, and a label with a comma or a quote stays one field.
    /// </summary>
    [Fact]
    public void Cells_csv_lines_carry_each_cells_own_headers_in_the_order_of_its_report()
    {
        var withExtra = Reports.First(r => r.HasTable(TableId.Disclosure));
        var quoted = withExtra with
        {
            Agency = withExtra.Agency with { Name = "某\"市\",局" },
            Extra = [new ExtraRow(TableId.Disclosure, "其他,\"第1项\"", ["本年新制作数量", "对外公开总数量"], new CellRow([3m, null]))],
        };
        var reports = Reports.Where(r => r.Key != withExtra.Key).Append(quoted).ToList();
        var rows = CsvReader.Read(CellsCsvWriter.Write(reports)).Skip(1).ToList();

        var expected = OpenDataOrder.Of(reports).SelectMany(report => Core.Site.BarrierFree.CellLines.For(report).SelectMany(table =>
            table.Lines.Select(line => new[] { report.Agency.Id, report.Agency.Name, report.Year.ToString(CultureInfo.InvariantCulture), report.Format.ToYaml(), table.Number, line.Key, line.RowText, line.ColumnText, DataField.Number(line.Value) }))).ToList();
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(expected[i], (string[])[.. rows[i][..7], rows[i][8], rows[i][9]]);
        }

        Assert.Contains(rows, r => r[1] == "某\"市\",局" && r[6].EndsWith("其他,\"第1项\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_data_package_describes_every_column_of_both_csv_files_in_order()
    {
        using var json = JsonDocument.Parse(DataPackageWriter.Write("测试", 3, [2024, 2021]));
        var resources = json.RootElement.GetProperty("resources").EnumerateArray().ToDictionary(r => r.GetProperty("path").GetString()!);
        Assert.Equal(["reports.csv", "cells-2024.csv", "cells-2021.csv", "reports.json"], resources.Keys);
        foreach (var (path, bytes) in new[] { ("reports.csv", ReportsCsvWriter.Write(Reports)), ("cells-2024.csv", CellsCsvWriter.Write(Reports)), ("cells-2021.csv", CellsCsvWriter.Write(Reports)) })
        {
            var fields = resources[path].GetProperty("schema").GetProperty("fields").EnumerateArray().ToList();
            Assert.Equal(CsvReader.Read(bytes)[0], fields.Select(f => f.GetProperty("name").GetString()));
            Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("description").GetString())));
            Assert.All(fields, f => Assert.Contains(f.GetProperty("type").GetString(), new[] { "string", "integer", "number", "date" }));
            Assert.Equal("utf-8-sig", resources[path].GetProperty("encoding").GetString());
        }
    }

    [Fact]
    public void The_built_site_has_the_data_files_and_a_download_page_linking_them()
    {
        using var site = TestSite.FromRepositoryContent();
        Assert.True(site.Build().Written);

        foreach (var name in new[] { "reports.csv", "cells-2025.csv", "cells-2024.csv", "cells-2021.csv", "reports.json", "datapackage.json" })
        {
            Assert.True(site.OutputExists("data/" + name), name);
            Assert.Contains($"href=\"/data/{name}\"", site.ReadOutput("data/index.html"));
        }

        Assert.Contains("href=\"/data/\"", site.ReadOutput("index.html"));
    }

    private static decimal? Number(JsonElement e) => e.ValueKind == JsonValueKind.Null ? null : e.GetDecimal();
}
