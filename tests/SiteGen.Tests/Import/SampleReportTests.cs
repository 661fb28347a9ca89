using SiteGen.Core.Reports;

namespace SiteGen.Tests.Import;

/// <summary>
/// Reports the tests never saw while the importer was written, in other shapes than the seeds. Both samples under
/// Samples/ are HAND-MADE for this purpose (realistic, not real): a 2019-format county report pasted from a PDF one
/// cell per line with labels broken over lines, and a 2021 provincial department's saved web page with rowspan,
/// colspan, an extra row, a "/" cell and units. Every number they print must be read.
/// </summary>
public sealed class SampleReportTests
{
    private static Imported Import(string file) =>
        Imported.From(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Import", "Samples", file)), file);

    [Fact]
    public void A_2019_county_report_pasted_from_a_pdf_one_cell_per_line()
    {
        var imported = Import("luoshan-zrzyj-2020-pdf.txt");

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal(ReportFormat.F2019, imported.Report!.Format);
        Assert.Equal("罗山县自然资源局2020年政府信息公开工作年度报告", imported.Report.Title);
        Assert.Equal("xinyang-luoshan-zrzyj", imported.Report.Agency.Id);
        Assert.Equal(AgencyLevel.县, imported.Report.Agency.Level);
        Assert.Equal([2, 2, 11], imported.Row("disclosure_2019.normative_documents"));
        Assert.Equal([35, 4, 212], imported.Row("disclosure_2019.licensing"));
        Assert.Equal([6, -1, 40], imported.Row("disclosure_2019.other_services"));
        Assert.Equal([48, -12, 36], imported.Row("disclosure_2019.penalties"));
        Assert.Equal([3, 0, 2], imported.Row("disclosure_2019.coercive_measures"));
        Assert.Equal([5, -2], imported.Row("disclosure_2019.fees"));
        Assert.Equal([4], imported.Row("disclosure_2019.procurement"));
        Assert.Equal("86.3万元", imported.Report.ProcurementAmount);
        Assert.Equal([14, 2, 0, 0, 1, 0, 17], imported.Row("applications.received"));
        Assert.Equal([3, 1, 0, 0, 1, 0, 5], imported.Row("applications.unavailable.not_held"));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], imported.Row("applications.unavailable.unclear"));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], imported.Row("applications.not_processed.repeated"));
        Assert.Equal([0, 0, 0, 0, 0, 0, 0], imported.Row("applications.other_handling"));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], imported.Row("applications.carried_forward"));
        Assert.Equal([1, 0, 0, 1, 2], imported.Row("appeals.review"));
        Assert.Equal([0, 0, 0, 1, 1], imported.Row("appeals.litigation_direct"));
        Assert.Contains("扎实推进自然资源领域政府信息公开工作。", imported.Report.Body);
    }

    [Fact]
    public void A_2021_provincial_web_page_with_rowspan_and_colspan()
    {
        var imported = Import("henan-zjt-2022.html");

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal(ReportFormat.F2021, imported.Report!.Format);
        Assert.Equal("henan-zjt", imported.Report.Agency.Id);
        Assert.Equal(AgencyLevel.省, imported.Report.Agency.Level);
        Assert.Equal(["河南省"], imported.Report.Agency.Region.ToArray());
        Assert.Equal([1, 0, 6], imported.Row("disclosure.rules"));
        Assert.Equal([8, 3, 57], imported.Row("disclosure.normative_documents"));
        Assert.Equal([15230], imported.Row("disclosure.licensing"));
        Assert.Equal([null], imported.Row("disclosure.coercive_measures"));
        Assert.Equal([24.5m], imported.Row("disclosure.fees"));
        Assert.Equal("其他主动公开文件", Assert.Single(imported.Report.Extra).Label);
        Assert.Equal([203, 31, 2, 1, 5, 0, 242], imported.Row("applications.received"));
        Assert.Equal([88, 12, 1, 0, 2, 0, 103], imported.Row("applications.granted"));
        Assert.Equal([55, 9, 1, 1, 2, 0, 68], imported.Row("applications.unavailable.not_held"));
        Assert.Equal([3, 0, 0, 0, 0, 0, 3], imported.Row("applications.other_handling.overdue_correction"));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], imported.Row("applications.other_handling.other"));
        Assert.Equal([200, 30, 2, 1, 5, 0, 238], imported.Row("applications.total"));
        Assert.Equal([9, 2, 0, 0, 0, 0, 11], imported.Row("applications.carried_forward"));
        Assert.Equal([3, 1, 0, 1, 5], imported.Row("appeals.review"));
        Assert.Equal([1, 0, 0, 2, 3], imported.Row("appeals.litigation_direct"));
        Assert.Equal([0, 0, 0, 1, 1], imported.Row("appeals.litigation_after_review"));
        Assert.DoesNotContain("首页", imported.Report.Body);
    }
}
