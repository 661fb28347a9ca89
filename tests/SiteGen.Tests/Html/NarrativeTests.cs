using AngleSharp.Html.Parser;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Html;

/// <summary>The Markdown body: sections found by ordinal and keywords at any heading level, pipe tables, CJK emphasis, no raw HTML.</summary>
public sealed class NarrativeTests
{
    private static AngleSharp.Dom.IDocument BuildWithBody(string body)
    {
        using var site = TestSite.Create("");
        var text = SampleReport.Text();
        site.WriteFile("content/a.md", text[..(text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)] + body);
        var result = site.Build();
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        return new HtmlParser().ParseDocument(site.ReadOutput("reports/test-zjj/2024/index.html"));
    }

    [Fact]
    public void Sections_written_as_h1_or_h4_become_h2_and_the_page_keeps_one_h1()
    {
        var page = BuildWithBody("""
            # 一、总体情况
            ## （一）主动公开
            正文。
            # 二、主动公开政府信息情况
            # 三、收到和处理政府信息公开申请情况
            # 四、政府信息公开行政复议、行政诉讼情况
            # 五、存在的主要问题及改进情况
            # 六、其他需要报告的事项
            """);

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("一、总体情况", page.QuerySelector("#section-1 h2")!.TextContent);
        Assert.Equal("（一）主动公开", page.QuerySelector("#section-1 h3")!.TextContent);
        Assert.NotNull(page.QuerySelector("#section-3 table#t3"));
    }

    [Fact]
    public void Sections_are_recognised_by_keywords_and_put_in_national_order()
    {
        var page = BuildWithBody("""
            #### 存在的主要问题及改进情况
            问题。
            #### 总体情况
            总体。
            """);

        var headings = page.QuerySelectorAll("main section[id^=section-] > h2").Select(h => h.TextContent).ToList();
        Assert.Equal("总体情况", headings[0]);
        Assert.Equal("存在的主要问题及改进情况", headings[4]);
        Assert.Equal("二、主动公开政府信息情况", headings[1]); // absent from the text: the national title, with its table
        Assert.Contains("问题。", page.QuerySelector("#section-5")!.TextContent);
    }

    [Fact]
    public void Pipe_tables_cjk_emphasis_and_chinese_heading_ids_work()
    {
        var page = BuildWithBody("""
            ## 一、总体情况
            ### （一）主动公开
            本年**主动公开**。其后文字。

            | 栏目 | 条数 |
            |---|---|
            | 动态 | 12 |
            ### （二）依申请公开
            正文。
            """);

        Assert.Equal("主动公开", page.QuerySelector("#section-1 strong")!.TextContent);
        Assert.Equal("12", page.QuerySelector("#section-1 .narrative table td:last-child")!.TextContent);
        var ids = page.QuerySelectorAll("#section-1 h3").Select(h => h.Id).ToList();
        Assert.Equal(2, ids.Distinct().Count());
        Assert.All(ids, id => Assert.NotEqual("section", id));
    }

    [Fact]
    public void Raw_html_in_the_body_is_shown_as_text_never_run()
    {
        var page = BuildWithBody("""
            ## 一、总体情况
            <script>alert(1)</script><img src=x onerror=alert(2)>
            """);

        Assert.Empty(page.QuerySelectorAll("main script, main img"));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("#section-1")!.TextContent);
    }
}
