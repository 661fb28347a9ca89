using SiteGen.Core.Reports;

namespace SiteGen.Tests.Import;

/// <summary>Both national templates told apart by their headers; 2019's signed 本年增/减, 政府集中采购 and single 其他处理 row; pre-2019 narrative only.</summary>
public sealed class FormatTests
{
    public static TheoryData<Shape> Shapes() => [.. ImportFixture.AllShapes];

    public static List<string[]> Disclosure2019() =>
    [
        ["第二十条第（一）项", "", "", ""],
        ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
        ["规章", "0", "0", "0"],
        ["规范性文件", "5", "5", "42"],
        ["第二十条第（五）项", "", "", ""],
        ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
        ["行政许可", "16", "+3", "1190"],
        ["其他对外管理服务事项", "4", "0", "12"],
        ["第二十条第（六）项", "", "", ""],
        ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
        ["行政处罚", "520", "-417", "85"],
        ["行政强制", "0", "0", "0"],
        ["第二十条第（八）项", "", "", ""],
        ["信息内容", "上一年项目数量", "本年增/减", ""],
        ["行政事业性收费", "3", "-1", ""],
        ["第二十条第（九）项", "", "", ""],
        ["信息内容", "采购项目数量", "采购总金额", ""],
        ["政府集中采购", "6", "251000元", ""],
    ];

    public static List<string[]> Applications2019()
    {
        var rows = SampleTables.Applications(r => r.Path switch
        {
            "other_handling.overdue_correction" => ["", "(六) 其他处理", "", .. SampleTables.Zeros()],
            "other_handling.unpaid_fees" or "other_handling.other" => [],
            _ => null,
        });
        return rows;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_2019_report_is_told_by_its_headers_and_keeps_signed_numbers_and_procurement(Shape shape)
    {
        var fixture = SampleTables.Report2021(Disclosure2019(), Applications2019(), title: "罗山县自然资源局2020年政府信息公开工作年度报告");
        var imported = Imported.From(fixture, shape);

        Assert.Equal(ReportFormat.F2019, imported.Report!.Format);
        Assert.Equal([0, 0, 0], imported.Row("disclosure_2019.rules"));
        Assert.Equal([5, 5, 42], imported.Row("disclosure_2019.normative_documents"));
        Assert.Equal([16, 3, 1190], imported.Row("disclosure_2019.licensing"));
        Assert.Equal([4, 0, 12], imported.Row("disclosure_2019.other_services"));
        Assert.Equal([520, -417, 85], imported.Row("disclosure_2019.penalties"));
        Assert.Equal([3, -1], imported.Row("disclosure_2019.fees"));
        Assert.Equal([6], imported.Row("disclosure_2019.procurement"));
        Assert.Equal("251000元", imported.Report.ProcurementAmount);
        Assert.Equal([0, 0, 0, 0, 0, 0, 0], imported.Row("applications.other_handling"));
        Assert.Equal([10, 1, 0, 0, 0, 0, 11], imported.Row("applications.total"));
        Assert.Equal("xinyang-luoshan-zrzyj", imported.Report.Agency.Id);
        Assert.Equal(0, imported.ExitCode);
    }

    [Fact]
    public void A_negative_number_in_a_count_column_is_not_written()
    {
        var disclosure = SampleTables.Disclosure2021(normative: ["-3", "1", "15"]);
        var imported = Imported.From(SampleTables.Report2021(disclosure).Render(Shape.Tabs));

        Assert.Equal([null, 1, 15], imported.Row("disclosure.normative_documents"));
        Assert.True(imported.Has("IMPORT-VALUE"));
        Assert.Equal(1, imported.ExitCode);
    }

    [Fact]
    public void A_report_before_2019_imports_as_narrative_only()
    {
        var fixture = new ImportFixture()
            .Paragraph("周口市住房和城乡建设局2017年政府信息公开工作年度报告")
            .Heading("一、概述").Paragraph("2017年，我局认真贯彻《中华人民共和国政府信息公开条例》。")
            .Heading("二、主动公开政府信息情况").Paragraph("全年主动公开政府信息 120 条。")
            .Table([["主动公开信息数", "120"], ["依申请公开信息数", "3"]])
            .Heading("三、依申请公开政府信息情况").Paragraph("全年共受理申请 3 件。")
            .Heading("四、政府信息公开的收费及减免情况").Paragraph("未收取费用。");
        var imported = Imported.From(fixture, Shape.Tabs);

        Assert.Equal(ReportFormat.Pre2019, imported.Report!.Format);
        Assert.Empty(imported.Report.Cells);
        Assert.Contains("## 四、政府信息公开的收费及减免情况", imported.Report.Body);
        Assert.True(imported.Has("IMPORT-FORMAT"));
    }
}
