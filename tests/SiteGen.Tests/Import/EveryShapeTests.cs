using SiteGen.Core.Diagnostics;

namespace SiteGen.Tests.Import;

/// <summary>Each quirk of real copies, in every input form: tabs, pipes, Markdown, one cell per line, blank-line cells, HTML, .docx and GBK.</summary>
public sealed class EveryShapeTests
{
    public static TheoryData<Shape> Shapes() => [.. ImportFixture.AllShapes];

    /// <summary>The forms whose rows keep empty cells in place (one-cell-per-line copies lose them).</summary>
    public static TheoryData<Shape> GridShapes() => [Shape.Tabs, Shape.Pipes, Shape.Markdown, Shape.Html, Shape.Docx, Shape.Gbk];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_clean_report_imports_exactly(Shape shape)
    {
        var imported = Imported.From(SampleTables.Report2021(), shape);

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal([0, 0, 0], imported.Row("disclosure.rules"));
        Assert.Equal([3, 1, 15], imported.Row("disclosure.normative_documents"));
        Assert.Equal([1117], imported.Row("disclosure.licensing"));
        Assert.Equal([85], imported.Row("disclosure.penalties"));
        Assert.Equal([10, 1, 0, 0, 0, 0, 11], imported.Row("applications.received"));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], imported.Row("applications.withheld.third_party_rights"));
        Assert.Equal([3, 0, 0, 0, 0, 0, 3], imported.Row("applications.unavailable.not_held"));
        Assert.Equal([10, 1, 0, 0, 0, 0, 11], imported.Row("applications.total"));
        Assert.Equal([1, 0, 0, 0, 1], imported.Row("appeals.review"));
        Assert.Equal([0, 0, 0, 1, 1], imported.Row("appeals.litigation_direct"));
        Assert.Equal("zhoukou-zjj", imported.Report!.Agency.Id);
        Assert.Equal(2024, imported.Report.Year);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Full_width_digits_and_punctuation_are_folded(Shape shape)
    {
        var applications = SampleTables.Applications(r => r.Path == "received"
            ? ["一、本年新收政府信息公开申请数量", "", "１０", "１", "０", "０", "０", "０", "１１"]
            : r.Path == "granted" ? ["三、本年度办理结果", "（一）予以公开", .. r.Values] : null);
        var imported = Imported.From(SampleTables.Report2021(applications: applications, disclosure: SampleTables.Disclosure2021(licensing: "１，１１７")), shape);

        Assert.Equal([10, 1, 0, 0, 0, 0, 11], imported.Row("applications.received"));
        Assert.Equal([4, 1, 0, 0, 0, 0, 5], imported.Row("applications.granted"));
        Assert.Equal([1117], imported.Row("disclosure.licensing"));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Labels_broken_by_spaces_still_name_their_rows_and_columns(Shape shape)
    {
        var applications = SampleTables.Applications(r => r.Path == "withheld.third_party_rights" ? ["", "", "4. 保护第三 方合法权益", .. r.Values] : null);
        applications[2] = ["", "", "", "商业 企业", "科研机构", "社会公益组 织", "法律服务 机构", "其他", ""];
        var disclosure = SampleTables.Disclosure2021();
        disclosure[1] = ["信息内容", "本年 制发件数", "本年 废止件数", "现行有效 件数"];
        disclosure[3] = ["行政规范 性文件", "3", "1", "15"];
        var imported = Imported.From(SampleTables.Report2021(disclosure, applications), shape);

        Assert.Equal([1, 0, 0, 0, 0, 0, 1], imported.Row("applications.withheld.third_party_rights"));
        Assert.Equal([3, 1, 15], imported.Row("disclosure.normative_documents"));
        Assert.Equal(0, imported.ExitCode);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_header_that_lost_its_other_column_over_rows_of_seven_numbers_reads_seven_columns(Shape shape)
    {
        var imported = Imported.From(SampleTables.Report2021(applications: SampleTables.Applications(withOtherHeader: false)), shape);

        Assert.Equal([10, 1, 0, 0, 0, 0, 11], imported.Row("applications.received"));
        Assert.False(imported.Has("IMPORT-COLUMNS"));
        Assert.Equal(0, imported.ExitCode);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_table_without_the_other_column_writes_it_null_in_every_row(Shape shape)
    {
        var applications = SampleTables.Applications(r => [.. r.Label, .. r.Values[..5], r.Values[6]], withOtherHeader: false);
        var imported = Imported.From(SampleTables.Report2021(applications: applications), shape);

        Assert.Equal([10, 1, 0, 0, 0, null, 11], imported.Row("applications.received"));
        Assert.Equal([3, 0, 0, 0, 0, null, 3], imported.Row("applications.unavailable.not_held"));
        Assert.True(imported.Has("IMPORT-COLUMNS", Severity.Warning));
        Assert.Equal(0, imported.ExitCode);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_group_label_on_the_fourth_sub_row_is_skipped_and_a_lost_cell_of_zeros_is_deduced(Shape shape)
    {
        // Seed 002: （五）不予处理 stands on the 4th sub-row, and that row lost one cell.
        var applications = SampleTables.Applications(r => r.Path switch
        {
            "not_processed.complaints" => ["", "", .. r.Label[2..], .. r.Values],
            "not_processed.excessive" => ["", "(五) 不予处理", "4. 无正当理由大量反复申请", .. r.Values[1..]],
            _ => null,
        });
        var imported = Imported.From(SampleTables.Report2021(applications: applications), shape);

        Assert.Equal([0, 0, 0, 0, 0, 0, 0], imported.Row("applications.not_processed.excessive"));
        Assert.Equal([0, 0, 0, 0, 0, 0, 0], imported.Row("applications.not_processed.confirmation"));
        Assert.True(imported.Has("IMPORT-DEDUCED", Severity.Warning));
        Assert.Equal(0, imported.ExitCode);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_lost_cell_the_sums_cannot_decide_is_not_placed(Shape shape)
    {
        var applications = SampleTables.Applications(r => r.Path == "withheld.third_party_rights" ? ["", "", "4. 保护第三方合法权益", "1", "0", "0", "0", "0", "1"] : null);
        var imported = Imported.From(SampleTables.Report2021(applications: applications), shape);

        Assert.Equal([null, null, null, null, null, null, null], imported.Row("applications.withheld.third_party_rights"));
        var error = Assert.Single(imported.Diagnostics, d => d.Code == "IMPORT-CELLS");
        Assert.Contains("1 0 0 0 0 1", error.Message);
        Assert.Equal(1, imported.ExitCode);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Rows_that_lost_their_indentation_land_on_their_rows(Shape shape)
    {
        var applications = SampleTables.Applications(r => r.Path is "other_handling.other" or "not_processed.excessive" ? [r.Label[^1], "", .. r.Values] : null);
        var imported = Imported.From(SampleTables.Report2021(applications: applications), shape);

        Assert.Equal([0, 0, 0, 0, 0, 0, 0], imported.Row("applications.other_handling.other"));
        Assert.Equal([10, 1, 0, 0, 0, 0, 11], imported.Row("applications.total"));
        Assert.Equal(0, imported.ExitCode);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_blank_line_inside_a_table_does_not_end_it(Shape shape)
    {
        var rows = SampleTables.Applications();
        var fixture = new ImportFixture()
            .Paragraph(SampleTables.Title)
            .Heading("二、主动公开政府信息情况").Table(SampleTables.Disclosure2021()[..12]).Table(SampleTables.Disclosure2021()[12..])
            .Heading("三、收到和处理政府信息公开申请情况").Table(rows[..3]).Table(rows[3..])
            .Heading("四、政府信息公开行政复议、行政诉讼情况").Table(SampleTables.Appeals());
        var imported = Imported.From(fixture, shape);

        Assert.Equal([0], imported.Row("disclosure.fees"));
        Assert.Equal([10, 1, 0, 0, 0, 0, 11], imported.Row("applications.received"));
        Assert.False(imported.Has("IMPORT-MISSING"), imported.Dump);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Slash_dash_and_wu_are_null_never_zero(Shape shape)
    {
        var applications = SampleTables.Applications(r => r.Path == "carried_over" ? [.. r.Label, "/", "-", "无", "0", "0", "0", "0"] : null);
        var imported = Imported.From(SampleTables.Report2021(applications: applications, disclosure: SampleTables.Disclosure2021(fees: "/")), shape);

        Assert.Equal([null, null, null, 0, 0, 0, 0], imported.Row("applications.carried_over"));
        Assert.Equal([null], imported.Row("disclosure.fees"));
        Assert.Equal(4, imported.Diagnostics.Count(d => d.Code == "IMPORT-BLANK"));
        Assert.Equal(0, imported.ExitCode);
    }

    [Theory]
    [MemberData(nameof(GridShapes))]
    public void An_empty_cell_between_numbers_is_null(Shape shape)
    {
        var applications = SampleTables.Applications(r => r.Path == "carried_over" ? [.. r.Label, "0", "", "0", "0", "0", "0", "0"] : null);
        var imported = Imported.From(SampleTables.Report2021(applications: applications), shape);

        Assert.Equal([0, null, 0, 0, 0, 0, 0], imported.Row("applications.carried_over"));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Units_inside_cells_are_read(Shape shape)
    {
        var imported = Imported.From(SampleTables.Report2021(disclosure: SampleTables.Disclosure2021(fees: "24.5万元", licensing: "1117件")), shape);

        Assert.Equal([24.5m], imported.Row("disclosure.fees"));
        Assert.Equal([1117], imported.Row("disclosure.licensing"));
        Assert.Equal(0, imported.ExitCode);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_provincial_extra_row_is_kept_under_extra(Shape shape)
    {
        var disclosure = SampleTables.Disclosure2021();
        disclosure.Insert(4, ["其他主动公开文件", "7", "2", "30"]);
        var imported = Imported.From(SampleTables.Report2021(disclosure), shape);

        var extra = Assert.Single(imported.Report!.Extra);
        Assert.Equal("其他主动公开文件", extra.Label);
        Assert.Equal([7, 2, 30], extra.Cells.Cells.ToArray());
        Assert.Equal(["本年制发件数", "本年废止件数", "现行有效件数"], extra.Columns.ToArray());
        Assert.Equal([3, 1, 15], imported.Row("disclosure.normative_documents"));
        Assert.True(imported.Has("IMPORT-EXTRA", Severity.Warning));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_copy_cut_off_mid_table_imports_what_is_there_and_names_the_rest(Shape shape)
    {
        var rows = SampleTables.Applications();
        var fixture = new ImportFixture()
            .Paragraph(SampleTables.Title)
            .Heading("一、总体情况").Paragraph("本年度工作情况良好。")
            .Heading("二、主动公开政府信息情况").Table(SampleTables.Disclosure2021())
            .Heading("三、收到和处理政府信息公开申请情况").Table(rows[..12]);
        var imported = Imported.From(fixture, shape);

        Assert.Equal([10, 1, 0, 0, 0, 0, 11], imported.Row("applications.received"));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], imported.Row("applications.withheld.third_party_rights"));
        Assert.Equal([null, null, null, null, null, null, null], imported.Row("applications.total"));
        Assert.False(imported.Report!.Cells.ContainsKey("appeals.review"));
        var missing = imported.Diagnostics.Where(d => d.Code == "IMPORT-MISSING").ToList();
        Assert.Contains(missing, d => d.Message.Contains("（七）总计", StringComparison.Ordinal));
        Assert.Contains(missing, d => d.Message.Contains("表四", StringComparison.Ordinal));
        Assert.Matches(@"\n  total: \[null, null, null, null, null, null, null\] +# （七）总计 · 导入的文件中没有\n", imported.Result.Text);
        Assert.Equal(1, imported.ExitCode);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_failing_identity_names_the_input_line_of_its_row(Shape shape)
    {
        var applications = SampleTables.Applications(r => r.Path == "total" ? [.. r.Label, "10", "1", "0", "0", "0", "0", "12"] : null);
        var fixture = SampleTables.Report2021(applications: applications);
        var imported = Imported.From(fixture, shape);

        var error = Assert.Single(imported.Diagnostics, d => d.Code == "T3-COLSUM");
        Assert.Equal(fixture.FileName(shape), error.File);
        Assert.True(error.Line > 0);
        if (shape is Shape.Tabs or Shape.Pipes or Shape.Gbk)
        {
            var lines = fixture.Text(shape).Split('\n');
            Assert.Contains("总计", lines[error.Line - 1]);
            Assert.Contains("12", lines[error.Line - 1]);
        }

        Assert.Equal(1, imported.ExitCode);
    }
}
