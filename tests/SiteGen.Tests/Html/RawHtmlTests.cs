using AngleSharp.Html.Parser;
using SiteGen.Core.Narrative;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Html;

/// <summary>Raw HTML in a report body is reduced to a safe subset: formatting and simple tables stay, the rest is text.</summary>
public sealed class RawHtmlTests
{
    private static AngleSharp.Dom.IElement Section1(string body)
    {
        using var site = TestSite.Create("");
        var text = SampleReport.Text();
        site.WriteFile("content/a.md", text[..(text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)] + "## 一、总体情况\n\n" + body + "\n\n## 五、存在的主要问题及改进情况\n\n问题。\n");
        var result = site.Build();
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        return new HtmlParser().ParseDocument(site.ReadOutput("reports/test-zjj/2024/index.html")).QuerySelector("#section-1")!;
    }

    [Fact]
    public void Formatting_and_simple_tables_from_a_paste_are_kept_without_attributes()
    {
        var section = Section1("""
            共收到申请<b>11</b>件，同比增长5%<sup>注</sup>。

            <table class="MsoTable" style="width:100%"><tr><td colspan="2" onclick="x()">合计</td></tr><tr><td>1</td><td>2</td></tr></table>
            """);

        Assert.Equal("11", section.QuerySelector("p b")!.TextContent);
        Assert.Equal("注", section.QuerySelector("p sup")!.TextContent);
        var cell = section.QuerySelector("table td")!;
        Assert.Equal("2", cell.GetAttribute("colspan"));
        Assert.Single(cell.Attributes);
        Assert.Empty(section.QuerySelector("table")!.Attributes);
    }

    [Fact]
    public void Other_tags_are_shown_as_text_and_unsafe_links_become_their_text()
    {
        var section = Section1("""
            <div class="x">块</div>

            文字<span style="color:red">红</span>，[链接](javascript:alert(1))，<vbscript:msgbox(1)>，[网站](https://www.gov.cn/)，![图](http://evil.example/a.png)
            """);

        Assert.Contains("<div class=\"x\">块</div>", section.TextContent);
        Assert.Contains("<span style=\"color:red\">红</span>", section.TextContent);
        Assert.Empty(section.QuerySelectorAll("div.x, span, img"));
        var link = Assert.Single(section.QuerySelectorAll("a"));
        Assert.Equal("https://www.gov.cn/", link.GetAttribute("href"));
        Assert.Contains("链接", section.TextContent);
        Assert.Contains("图", section.TextContent);
    }

    [Fact]
    public void A_stray_closing_tag_or_an_unclosed_table_stays_inside_the_narrative()
    {
        using var site = TestSite.Create("");
        var text = SampleReport.Text();
        site.WriteFile("content/a.md", text[..(text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5)] + "## 一、总体情况\n\n<p>文字</p></div></section></main>\n\n<table><tr><td>未闭合\n\n## 五、存在的主要问题及改进情况\n\n问题。\n");
        Assert.True(site.Build().Written);
        var page = new HtmlParser().ParseDocument(site.ReadOutput("reports/test-zjj/2024/index.html"));

        Assert.NotNull(page.QuerySelector("main #section-5"));
        Assert.NotNull(page.QuerySelector("#section-1 .narrative table td"));
        Assert.Null(page.QuerySelector("#section-5 table:not(.data-table)"));
        Assert.NotNull(page.QuerySelector("body > footer"));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("<B>粗</B>", "<b>粗</b>")]
    [InlineData("<td rowspan=3 style='x'>", "<td rowspan=\"3\">")]
    [InlineData("<!-- 备注 -->文字", "文字")]
    [InlineData("&nbsp;&amp;&#8221;&bogus", "&nbsp;&amp;&#8221;&amp;bogus")]
    [InlineData("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;")]
    public void Sanitize_keeps_the_allow_list_and_escapes_the_rest(string raw, string expected) =>
        Assert.Equal(expected, RawHtmlSanitizer.Sanitize(raw));
}
