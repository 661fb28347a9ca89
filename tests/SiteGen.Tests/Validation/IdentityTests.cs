using AngleSharp.Html.Parser;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Validation;

/// <summary>A failing identity is the agency's own data: an error in check, a notice with both sides on the page, and still published.</summary>
public sealed class IdentityTests
{
    [Theory]
    [InlineData("received:          [10, 1, 0, 0, 0, 0, 11]", "received:          [12, 1, 0, 0, 0, 0, 13]", "T3-IDENT", "第一项加第二项 12 + 0 = 12，不等于第三项加第四项 10 + 0 = 10")]
    [InlineData("granted:           [4, 1, 0, 0, 0, 0, 5]", "granted:           [5, 1, 0, 0, 0, 0, 6]", "T3-ROWSUM", "（七）总计 10，不等于各项办理结果之和 予以公开 5 + 部分公开 2 + 不予公开 1 + 无法提供 3 + 不予处理 0 + 其他处理 0 = 11")]
    [InlineData("not_held:       [3, 0, 0, 0, 0, 0, 3]", "not_held:       [3, 0, 0, 0, 0, 0, 4]", "T3-COLSUM", "总计 4，不等于各类申请人之和 3 + 0 + 0 + 0 + 0 + 0 = 3")]
    [InlineData("review:                  [1, 0, 0, 0, 1]", "review:                  [1, 0, 0, 0, 2]", "T4-SUM", "总计 2，不等于结果维持、结果纠正、其他结果、尚未审结之和 1 + 0 + 0 + 0 = 1")]
    public void A_failing_identity_is_reported_and_published_as_a_notice(string row, string broken, string code, string text)
    {
        using var site = TestSite.Create("");
        var report = SampleReport.Text();
        Assert.Contains(row, report);
        site.WriteFile("content/a.md", report.Replace(row, broken));

        var result = site.Build();

        Assert.True(result.Written, "identity errors must not block publishing");
        // The 自然人 column and the 总计 column both break; the first names the column the test changed.
        var diagnostic = result.Diagnostics.First(d => d.Code == code);
        Assert.True(diagnostic.IsError);
        Assert.Contains(text, diagnostic.Message);
        var rowLine = report.Split('\n').ToList().FindIndex(l => l.Contains(row)) + 1;
        Assert.True(diagnostic.Line > 1 && diagnostic.Line <= rowLine + 30, diagnostic.ToString());

        var page = new HtmlParser().ParseDocument(site.ReadOutput("reports/test-zjj/2024/index.html"));
        var notices = page.QuerySelector(".notices");
        Assert.NotNull(notices);
        Assert.Contains(code, notices!.TextContent);
        Assert.Contains(text, notices.TextContent);
    }

    [Fact]
    public void Blank_cells_count_as_zero_and_say_so()
    {
        using var site = TestSite.Create("");
        site.WriteFile("content/a.md", SampleReport.Text().Replace("not_held:       [3, 0, 0, 0, 0, 0, 3]", "not_held:       [3, null, 0, 0, 0, 0, 4]"));

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == "T3-COLSUM");
        Assert.Contains("3 + 空 + 0", diagnostic.Message);
        Assert.Contains("空白单元格按 0 计", diagnostic.Message);
        var page = new HtmlParser().ParseDocument(site.ReadOutput("reports/test-zjj/2024/index.html"));
        Assert.Contains(page.QuerySelectorAll("td.blank"), td => td.TextContent == "—");
        Assert.Contains("不等于 0", page.QuerySelector(".table-note")!.TextContent);
    }

    [Fact]
    public void A_consistent_report_has_no_notices()
    {
        using var site = TestSite.Create("");
        site.WriteFile("content/a.md", SampleReport.Text());

        var result = site.Build();

        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain("class=\"notices\"", site.ReadOutput("reports/test-zjj/2024/index.html"));
    }
}
