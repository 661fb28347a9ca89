using SiteGen.Core.Output.OpenData;
using SiteGen.Core.Reports;
using SiteGen.Core.Site.Pages;

namespace SiteGen.Core.Site.OpenData;

/// <summary>
/// The archive as open data: the four files under data/ and the 数据下载 page that explains them. The per-report CSV
/// and JSON files are the barrier-free views' own (see <see cref="BarrierFree.CellLines"/>), linked, not repeated.
/// </summary>
public static class OpenDataPlanner
{
    /// <param name="keepRows">Keep each report's rows of reports.csv and reports.json for the next build (serve).</param>
    public static void Add(IReadOnlyList<Report> reports, SiteInfo site, List<PageJob> jobs, List<FileJob> files, bool keepRows = false)
    {
        files.Add(FileJob.InParts(Routes.DataFile(OpenDataRoutes.ReportsCsvName), () => ReportsCsvWriter.Parts(reports, keepRows)) with { Tags = [Depends.Rows] });
        var years = CellYears(reports);
        foreach (var year in years)
        {
            files.Add(FileJob.InSourcedParts(Routes.DataFile(OpenDataRoutes.CellsCsvName(year)), () => CellsCsvWriter.SourcedParts(reports.Where(r => r.Year == year))) with { Tags = [Depends.Cells(year)] });
        }

        files.Add(FileJob.InParts(Routes.DataFile(OpenDataRoutes.ReportsJsonName), () => ReportsJsonWriter.Parts(reports, keepRows)) with { Tags = [Depends.Rows] });
        // The descriptor and the page name the files, the years and the number of reports, and link an example report.
        files.Add(new FileJob(Routes.DataFile(OpenDataRoutes.DataPackageName), () => DataPackageWriter.Write(site.Title, reports.Count, years)) { Tags = [Depends.Places] });
        jobs.Add(new PageJob(Routes.Data, () => Page(reports, site)) { Tags = [Depends.Places] });
    }

    /// <summary>The years that have a cells file: those with reports that have tables, newest first.</summary>
    private static List<int> CellYears(IReadOnlyList<Report> reports) =>
        [.. reports.Where(r => r.Tables.Length > 0).Select(r => r.Year).Distinct().OrderDescending()];

    private static DataPage Page(IReadOnlyList<Report> reports, SiteInfo site)
    {
        var links = site.Links;
        Link File(string name) => new(name, links.Href(Routes.Data, Routes.DataFile(name)));
        var example = reports.OrderByDescending(r => r.Year).ThenBy(r => r.Agency.Id, StringComparer.Ordinal).FirstOrDefault(r => r.Tables.Length > 0);
        string[] examples = ["applications.received.1", "applications.received.7", "disclosure.licensing"];
        return new DataPage
        {
            Route = Routes.Data,
            Heading = "数据下载",
            DocumentTitle = "数据下载",
            Description = "全部年度报告统计表的开放数据：CSV、JSON 与 Frictionless 数据包描述。",
            Site = site,
            Breadcrumbs = [new("首页", links.Href(Routes.Data, Routes.Home))],
            Files =
            [
                new(File(OpenDataRoutes.ReportsCsvName), "CSV（UTF-8，带 BOM）", $"宽表：每份报告一行（共 {reports.Count} 行），机关信息之后，统计表的每个单元格一列。"),
                .. CellYears(reports).Select(y => new DataFileEntry(File(OpenDataRoutes.CellsCsvName(y)), "CSV（UTF-8，带 BOM）", $"长表，{y} 年度：每个单元格一行，列出机关、年度、表、行、列和数值，适合筛选和透视。")),
                new(File(OpenDataRoutes.ReportsJsonName), "JSON", "每份报告一项：机关信息，按 front matter 路径存放的各行数字，以及地方增列的行。"),
                new(File(OpenDataRoutes.DataPackageName), "JSON", "Frictionless Data Package 描述文件：每个文件每一列的名称、类型和说明。"),
            ],
            ReportFields = [.. ReportFields.Metadata.Select(f => new DataFieldEntry(f.Name, f.Type, f.Description))],
            CellFieldCount = ReportFields.Cells.Count,
            CellFieldExamples = [.. ReportFields.Cells.Where(f => examples.Contains(f.Name)).Select(f => new DataFieldEntry(f.Name, f.Type, f.Description))],
            CellsFields = [.. CellsCsvWriter.Fields.Select(f => new DataFieldEntry(f.Name, f.Type, f.Description))],
            ExampleReport = example is null ? null : new Link(example.Title, links.Href(Routes.Data, Routes.Report(example.Agency.Id, example.Year))),
        };
    }
}
