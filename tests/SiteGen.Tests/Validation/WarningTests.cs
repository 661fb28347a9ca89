using SiteGen.Core.Content;
using SiteGen.Core.Validation;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Validation;

/// <summary>The warnings of content-model.md: plausible errors worth a human look.</summary>
public sealed class WarningTests
{
    private static List<SiteGen.Core.Diagnostics.Diagnostic> Check(params (string Name, string Text)[] files)
    {
        using var site = TestSite.Create("");
        foreach (var (name, text) in files)
        {
            site.WriteFile($"content/{name}", text);
        }

        var loaded = ContentLoader.Load(site.Content);
        Assert.False(loaded.HasStoppingErrors, string.Join("\n", loaded.Diagnostics));
        return [.. ReportValidator.Validate(loaded.Reports)];
    }

    [Fact]
    public void X_CARRY_compares_carried_over_with_last_years_carried_forward()
    {
        var lastYear = SampleReport.Text(year: 2023)
            .Replace("total:           [10, 1, 0, 0, 0, 0, 11]", "total:           [8, 1, 0, 0, 0, 0, 9]")
            .Replace("carried_forward: [0, 0, 0, 0, 0, 0, 0]", "carried_forward: [2, 0, 0, 0, 0, 0, 2]")
            .Replace("granted:           [4, 1, 0, 0, 0, 0, 5]", "granted:           [2, 1, 0, 0, 0, 0, 3]");
        var diagnostics = Check(("2023.md", lastYear), ("2024.md", SampleReport.Text(year: 2024)));

        var carry = Assert.Single(diagnostics, d => d.Code == "X-CARRY");
        Assert.EndsWith("2024.md", carry.File);
        Assert.Contains("上年结转 0 件，但 2023 年报告的结转下年度继续办理为 2 件", carry.Message);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Fact]
    public void X_STOCK_checks_documents_in_force_against_last_year()
    {
        var lastYear = SampleReport.Text(year: 2023).Replace("normative_documents: [3, 1, 15]", "normative_documents: [2, 0, 10]");
        var diagnostics = Check(("2023.md", lastYear), ("2024.md", SampleReport.Text(year: 2024)));

        var stock = Assert.Single(diagnostics, d => d.Code == "X-STOCK");
        Assert.Contains("不等于上年的 10 + 本年制发 3 − 本年废止 1 = 12 件", stock.Message);
    }

    [Fact]
    public void LEVEL_flags_rules_reported_by_a_county_agency()
    {
        var county = SampleReport.Text(level: "县").Replace("rules: [0, 0, 0]", "rules: [1, 0, 1]");
        var level = Assert.Single(Check(("a.md", county)), d => d.Code == "LEVEL");
        Assert.Equal(12, level.Line);
        Assert.DoesNotContain(Check(("a.md", SampleReport.Text(level: "市").Replace("rules: [0, 0, 0]", "rules: [1, 0, 1]"))), d => d.Code == "LEVEL");
    }

    [Theory]
    [InlineData("本年度收到政府信息公开申请 11 件。", null)]
    [InlineData("本年度收到政府信息公开申请 12 件。", "收到政府信息公开申请")]
    [InlineData("引起行政复议 3 件。", "行政复议")]
    [InlineData("未经复议直接起诉 2 件。", "未经复议直接起诉")]
    [InlineData("共处理行政许可事项 1117 项，行政处罚 84 项。", "行政处罚")]
    [InlineData("2024 年，我局共接收 12345 政务服务热线交办工单 3162 件。", null)]
    [InlineData("本年度收到政府信息公开申请 １１ 件。", null)]
    [InlineData("本年度收到政府信息公开申请 １２ 件。", "收到政府信息公开申请")]
    [InlineData("本年度收到政府信息公开申请 99999999999999999999999999999 件。", "收到政府信息公开申请")]
    public void TEXT_TABLE_compares_numbers_stated_in_the_narrative(string sentence, string? what)
    {
        var text = SampleReport.Text().Replace("本年度收到政府信息公开申请 11 件。", sentence);
        var warnings = Check(("a.md", text)).Where(d => d.Code == "TEXT-TABLE").ToList();
        if (what is null)
        {
            Assert.Empty(warnings);
        }
        else
        {
            var warning = Assert.Single(warnings);
            Assert.Contains(what, warning.Message);
            Assert.Equal(text.Split('\n').ToList().FindIndex(l => l.Contains(sentence)) + 1, warning.Line);
        }
    }

    [Fact]
    public void MISSING_names_absent_sections_and_tables()
    {
        var text = SampleReport.Text().Replace("## 五、存在的主要问题及改进情况\n\n无。\n\n", "");
        var withoutAppeals = string.Join('\n', text.Split('\n').Where(l => !l.StartsWith("appeals:") && !l.StartsWith("  review") && !l.StartsWith("  litigation")));
        var missing = Check(("a.md", withoutAppeals)).Where(d => d.Code == "MISSING").ToList();

        Assert.Equal(2, missing.Count);
        Assert.Contains(missing, d => d.Message.Contains("五、存在的主要问题及改进情况"));
        Assert.Contains(missing, d => d.Message.Contains("表四"));
    }

    [Fact]
    public void COPY_flags_tables_and_narrative_identical_to_last_year()
    {
        var narrative = string.Concat(Enumerable.Repeat("本机关坚持以公开为常态、不公开为例外，全面推进决策、执行、管理、服务、结果公开。", 8));
        var lastYear = SampleReport.Text(year: 2023).Replace("无。\n\n## 六", narrative + "2023年。\n\n## 六");
        var thisYear = SampleReport.Text(year: 2024).Replace("无。\n\n## 六", narrative + "2024年。\n\n## 六");

        var copies = Check(("2023.md", lastYear), ("2024.md", thisYear)).Where(d => d.Code == "COPY").ToList();

        Assert.Equal(2, copies.Count);
        Assert.All(copies, d => Assert.EndsWith("2024.md", d.File));
        Assert.Contains(copies, d => d.Message.Contains("统计表"));
        Assert.Contains(copies, d => d.Message.Contains("正文"));

        var changed = thisYear.Replace("penalties: 85", "penalties: 86").Replace("全面推进决策", "全面推进");
        Assert.DoesNotContain(Check(("2023.md", lastYear), ("2024.md", changed)), d => d.Code == "COPY");
    }

    [Fact]
    public void COPY_is_shown_on_the_agency_page()
    {
        using var site = TestSite.Create("");
        site.WriteFile("content/2023.md", SampleReport.Text(year: 2023));
        site.WriteFile("content/2024.md", SampleReport.Text(year: 2024));

        Assert.True(site.Build().Written);

        var agency = site.ReadOutput("agencies/test-zjj/index.html");
        Assert.Contains("COPY", agency);
        Assert.Contains("统计表与 2023 年报告的每一个数字都相同", agency);
    }
}
