using System.Text;
using SiteGen.Core.Reports;

namespace SiteGen.Tests.Import;

/// <summary>The metadata of copies whose title is missing or unusual: the statistical period, 直辖市, sentences naming 报告.</summary>
public sealed class MetadataGuessTests
{
    [Theory]
    [InlineData("本报告中所列数据的统计期限为2024年1月1日至12月31日。", 2024)]
    [InlineData("本报告中所列数据统计期限自2020年1月1日起至2020年12月31日止。", 2020)]
    public void The_year_comes_from_the_statistical_period_when_the_title_lacks_it(string period, int year)
    {
        var text = $"""
            一、总体情况
            本年报根据《中华人民共和国政府信息公开条例》要求编制。{period}
            本机关2023年度政务公开工作要点已落实。
            二、主动公开政府信息情况
            规章 | 0 | 0 | 0 |
            """;
        var imported = Imported.From(Encoding.UTF8.GetBytes(text));

        Assert.Equal(year, imported.Report!.Year);
        Assert.Contains(imported.Diagnostics, d => d.Code == "IMPORT-META" && d.Message.Contains("统计期限从", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("上海市人民政府办公厅2019年政府信息公开工作年度报告", AgencyLevel.省, new[] { "上海市" })]
    [InlineData("北京市财政局2022年政府信息公开工作年度报告", AgencyLevel.省, new[] { "北京市" })]
    [InlineData("重庆市城口县人民政府2021年政府信息公开工作年度报告", AgencyLevel.县, new[] { "重庆市", "重庆市", "城口县" })]
    [InlineData("天津市滨海新区审计局2021年政府信息公开工作年度报告", AgencyLevel.县, new[] { "天津市", "天津市", "滨海新区" })]
    public void A_municipality_is_a_province_and_its_districts_are_counties(string title, AgencyLevel level, string[] region)
    {
        var imported = Imported.From(Encoding.UTF8.GetBytes(title + "\n一、总体情况\n无。\n"));

        Assert.Equal(level, imported.Report!.Agency.Level);
        Assert.Equal(region, imported.Report.Agency.Region);
        Assert.DoesNotContain(imported.Diagnostics, d => d.Code == "IMPORT-META" && d.Message.Contains("所在地区", StringComparison.Ordinal));
    }

    [Fact]
    public void A_region_that_cannot_be_told_from_the_name_is_said()
    {
        var imported = Imported.From(Encoding.UTF8.GetBytes("某某市档案馆2024年政府信息公开工作年度报告\n一、总体情况\n无。\n"));

        Assert.Contains(imported.Diagnostics, d => d.Code == "IMPORT-META" && d.Message.Contains("所在地区", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("威海市文登区信访局2022年政府信息公开工作年度报告")]
    [InlineData("攀枝花市西区审计局2020年政府信息公开工作年度报告")]
    [InlineData("平桥区财政局2020年政府信息公开工作年度报告")]
    public void A_district_after_its_city_is_of_county_level(string title)
    {
        var imported = Imported.From(Encoding.UTF8.GetBytes(title + "\n一、总体情况\n无。\n"));

        Assert.Equal(AgencyLevel.县, imported.Report!.Agency.Level);
    }

    [Fact]
    public void A_city_department_named_after_a_social_district_stays_at_city_level()
    {
        var imported = Imported.From(Encoding.UTF8.GetBytes("周口市社区矫正管理局2022年政府信息公开工作年度报告\n一、总体情况\n无。\n"));

        Assert.Equal(AgencyLevel.市, imported.Report!.Agency.Level);
    }

    [Fact]
    public void A_sentence_that_names_the_report_is_not_its_title()
    {
        const string text = """
            本报告电子版可在本机关门户网站下载。
            如对本报告有任何疑问，请联系某县审计局办公室。
            某县审计局2020年政府信息公开工作年度报告
            一、总体情况
            无。
            """;
        var imported = Imported.From(Encoding.UTF8.GetBytes(text));

        Assert.Equal("某县审计局2020年政府信息公开工作年度报告", imported.Report!.Title);
        Assert.Equal(2020, imported.Report.Year);
    }

    [Fact]
    public void A_title_may_start_with_本_when_it_is_a_place()
    {
        var imported = Imported.From(Encoding.UTF8.GetBytes("本报告电子版可在门户网站下载\n本溪市审计局2021年政府信息公开工作年度报告\n一、总体情况\n无。\n"));

        Assert.Equal("本溪市审计局2021年政府信息公开工作年度报告", imported.Report!.Title);
    }

    [Fact]
    public void Without_a_title_line_no_sentence_becomes_the_title()
    {
        const string text = """
            一、总体情况
            本年度报告电子版可从门户网站下载。
            如对本报告有任何疑问，请联系本局办公室。
            """;
        var imported = Imported.From(Encoding.UTF8.GetBytes(text));

        Assert.DoesNotContain("下载", imported.Report!.Title, StringComparison.Ordinal);
        Assert.DoesNotContain("疑问", imported.Report.Title, StringComparison.Ordinal);
    }
}
