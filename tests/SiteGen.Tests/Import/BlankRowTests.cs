using System.Text;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Tests.Import;

/// <summary>
/// A page that drops empty cells prints a row's label with no numbers after it: every such row is blank in the
/// original (IMPORT-BLANK, a warning), 政府集中采购 and the groups of table 四 as much as any other.
/// </summary>
public sealed class BlankRowTests
{
    [Fact]
    public void Procurement_and_table_four_with_no_numbers_are_blank_rows_like_every_other()
    {
        const string text = """
            某乡人民政府2019年政府信息公开工作年度报告
            二、主动公开政府信息情况
            第二十条第(八)项
            行政事业性收费
            第二十条第(九)项
            采购项目数量
            采购总金额
            政府集中采购
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量
            四、政府信息公开行政复议、行政诉讼情况
            行政复议
            行政诉讼
            结果维持
            未经复议直接起诉
            复议后起诉
            五、存在的主要问题及改进情况
            无。
            """;
        var imported = Imported.From(Encoding.UTF8.GetBytes(text));

        Assert.False(imported.Has("IMPORT-CELLS"), imported.Dump);
        Assert.Equal([null], imported.Row("disclosure_2019.procurement"));
        var blanks = imported.Diagnostics.Where(d => d.Code == "IMPORT-BLANK").ToList();
        Assert.All(blanks, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Contains(blanks, d => d.Line == 8 && d.Message.Contains("政府集中采购", StringComparison.Ordinal));
        Assert.Contains(blanks, d => d.Line == 12 && d.Message.Contains("行政复议", StringComparison.Ordinal));
        Assert.Contains(blanks, d => d.Line == 16 && d.Message.Contains("复议后起诉", StringComparison.Ordinal));
        Assert.Equal([null, null, null, null, null], imported.Row("appeals.litigation_direct"));
        Assert.DoesNotContain(imported.Diagnostics, d => d.Code == "IMPORT-MISSING" && d.Message.StartsWith("表四", StringComparison.Ordinal));
        Assert.Matches(@"procurement: \{items: null, amount: null\} +# 政府集中采购：[^\n]* · 原文第 8 行：原表空白\n", imported.Result.Text);
    }
}
