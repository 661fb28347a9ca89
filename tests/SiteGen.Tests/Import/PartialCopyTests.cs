using System.Text;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Tests.Import;

/// <summary>
/// A copy that starts mid-report (a PDF page, a second page of a web copy) opens with the last rows of a table whose
/// heading is on the page before: they are read by their labels, and what the copy lacks is named precisely.
/// </summary>
public sealed class PartialCopyTests
{
    [Fact]
    public void Rows_of_table_two_before_the_first_heading_are_read_and_the_rows_before_them_named()
    {
        // In the style of a PDF page: a page number, then the end of table 二, then section 三.
        const string text = """
            - 5 -
            信息内容 本年处理决定数量
            行政处罚 1200
            行政强制 35
            第二十条 第（八）项
            信息内容 本年收费金额（单位：万元）
            行政事业性收费 12.5
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量 10 2 0 0 1 0 13
            二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1
            """;
        var imported = Imported.From(Encoding.UTF8.GetBytes(text));

        Assert.Equal([1200], imported.Row("disclosure.penalties"));
        Assert.Equal([35], imported.Row("disclosure.coercive_measures"));
        Assert.Equal([12.5m], imported.Row("disclosure.fees"));
        Assert.Equal([10, 2, 0, 0, 1, 0, 13], imported.Row("applications.received"));
        var start = Assert.Single(imported.Diagnostics, d => d.Code == "IMPORT-MISSING" && d.Message.StartsWith("表二", StringComparison.Ordinal));
        Assert.Equal(3, start.Line);
        Assert.Contains("从中间的「行政处罚」行开始", start.Message, StringComparison.Ordinal);
        Assert.Contains("规章；行政规范性文件；行政许可", start.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(imported.Diagnostics, d => d.Code == "IMPORT-MISSING" && d.Message.Contains("没有找到", StringComparison.Ordinal));
    }

    [Fact]
    public void The_carried_forward_row_before_section_four_is_read_as_table_three()
    {
        // In the style of a flip-book page: the page's name, then the last row of table 三, then section 四.
        const string text = """
            Page 9 - 2020年报_某局
            P. 9
            四、结转下年度继续办理 2 0 0 0 0 0 2
            四、政府信息公开行政复议、行政诉讼情况
            行政复议 行政诉讼
            未经复议直接起诉 复议后起诉
            0 0 0 0 0 0 0 0 0 0 0 0 0 0 0
            五、存在的主要问题及改进情况
            无。
            """;
        var imported = Imported.From(Encoding.UTF8.GetBytes(text));

        Assert.Equal([2, 0, 0, 0, 0, 0, 2], imported.Row("applications.carried_forward"));
        Assert.Equal([0, 0, 0, 0, 0], imported.Row("appeals.review"));
        Assert.NotEqual("四、结转下年度继续办理2000002", imported.Report!.Title);

        var table2 = Assert.Single(imported.Diagnostics, d => d.Code == "IMPORT-MISSING" && d.Message.StartsWith("表二", StringComparison.Ordinal));
        Assert.Contains("复制的内容从它之后才开始", table2.Message, StringComparison.Ordinal);
        Assert.EndsWith("未写入该表。", table2.Message, StringComparison.Ordinal);
        Assert.Equal(3, table2.Line);
        var table3 = Assert.Single(imported.Diagnostics, d => d.Code == "IMPORT-MISSING" && d.Message.StartsWith("表三", StringComparison.Ordinal));
        Assert.Contains("从中间的「四、结转下年度继续办理」行开始", table3.Message, StringComparison.Ordinal);
        Assert.Contains("缺少它前面的 24 行", table3.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Error, table3.Severity);
    }

    [Fact]
    public void Short_narrative_lines_before_the_first_heading_stay_narrative_when_they_name_no_row()
    {
        const string text = """
            某县审计局2020年政府信息公开工作年度报告
            本局认真做好政府信息公开工作
            规章制度进一步健全
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量 1 0 0 0 0 0 1
            """;
        var imported = Imported.From(Encoding.UTF8.GetBytes(text));

        Assert.Contains("本局认真做好政府信息公开工作", imported.Report!.Body, StringComparison.Ordinal);
        Assert.Contains("规章制度进一步健全", imported.Report.Body, StringComparison.Ordinal);
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], imported.Row("applications.received"));
    }

    [Fact]
    public void A_copy_cut_off_names_the_rows_after_the_last_one_and_the_tables_after_it()
    {
        const string text = """
            某县审计局2024年政府信息公开工作年度报告
            二、主动公开政府信息情况
            规章 | 0 | 0 | 0 |
            行政规范性文件 | 1 | 0 | 4 |
            行政许可 | 7 |
            """;
        var imported = Imported.From(Encoding.UTF8.GetBytes(text));

        var cut = Assert.Single(imported.Diagnostics, d => d.Code == "IMPORT-MISSING" && d.Message.StartsWith("表二", StringComparison.Ordinal));
        Assert.Contains("在「行政许可」之后中断", cut.Message, StringComparison.Ordinal);
        Assert.Equal(5, cut.Line);
        var table4 = Assert.Single(imported.Diagnostics, d => d.Code == "IMPORT-MISSING" && d.Message.StartsWith("表四", StringComparison.Ordinal));
        Assert.Contains("复制的内容在它之前就结束了", table4.Message, StringComparison.Ordinal);
        // 表四 was not found at all, so the file leaves it out; it does not write it blank.
        Assert.EndsWith("未写入该表。", table4.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("appeals:", imported.Result.Text!, StringComparison.Ordinal);
    }
}
