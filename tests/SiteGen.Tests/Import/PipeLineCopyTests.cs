using System.Text;

namespace SiteGen.Tests.Import;

/// <summary>
/// Some pages copy as one cell per line with a line holding only a pipe between cells (桃江县审计局 2020): the pipes
/// separate cells and name no row.
/// </summary>
public sealed class PipeLineCopyTests
{
    [Fact]
    public void Lines_of_only_pipes_between_cells_are_separators()
    {
        const string text = """
            某县审计局2020年政府信息公开工作年度报告
            二、主动公开政府信息情况
            第二十条第(一)项
            |
            信息内容
            |
            本年新
            制作数量
            |
            本年新
            公开数量
            |
            对外公开总数量
            |
            规章
            |
            0
            |
            0
            |
            0
            |
            规范性文件
            |
            2
            |
            3
            |
            7
            |
            三、收到和处理政府信息公开申请情况
            一、本年新收政府信息公开申请数量
            |
            4
            |
            1
            |
            0
            |
            0
            |
            0
            |
            0
            |
            5
            |
            """;
        var imported = Imported.From(Encoding.UTF8.GetBytes(text));

        Assert.Equal([0, 0, 0], imported.Row("disclosure_2019.rules"));
        Assert.Equal([2, 3, 7], imported.Row("disclosure_2019.normative_documents"));
        Assert.Equal([4, 1, 0, 0, 0, 0, 5], imported.Row("applications.received"));
        Assert.False(imported.Has("IMPORT-EXTRA"), imported.Dump);
        Assert.False(imported.Has("IMPORT-CELLS"), imported.Dump);
    }
}
