using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>Files that are not reports at all (binary, far too large) and markup in front matter strings.</summary>
public sealed class FileShapeTests
{
    [Fact]
    public void A_binary_file_is_refused_with_its_line()
    {
        using var site = TestSite.Create("");
        site.WriteBytes("content/picture.md", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R']);

        var result = site.Build();

        Assert.False(result.Written);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("BINARY", diagnostic.Code);
        Assert.Equal(3, diagnostic.Line); // the NUL bytes follow the PNG signature's two line feeds
        Assert.Matches(@"picture\.md\(3,1\): error BINARY: ", diagnostic.ToString());
    }

    [Fact]
    public void A_20_mb_file_is_refused_before_it_is_read_and_output_is_kept()
    {
        using var site = TestSite.Create("");
        site.WriteFile("content/good.md", SampleReport.Text(id: "good-zjj"));
        Assert.True(site.Build().Written);
        var before = site.ReadOutput("index.html");
        var text = SampleReport.Text() + string.Concat(Enumerable.Repeat("本年度继续推进政务公开。\n", 20 * 1024 * 1024 / 37 + 1));
        site.WriteFile("content/huge.md", text);
        Assert.True(new FileInfo(Path.Combine(site.Content, "huge.md")).Length >= 20 * 1024 * 1024);

        var result = site.Build();

        Assert.False(result.Written);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.StopsBuild);
        Assert.Equal("TOO-LARGE", diagnostic.Code);
        Assert.Contains("20 MB", diagnostic.Message);
        Assert.Equal(before, site.ReadOutput("index.html"));
    }

    [Theory]
    [InlineData("  licensing: 1117", "  licensing: 1e400")]
    [InlineData("  licensing: 1117", "  licensing: 79228162514264337593543950336")]
    [InlineData("  review:                  [1, 0, 0, 0, 1]", "  review:                  [1, 0, 0, 0, 99999999999999999999999]")]
    public void Numbers_too_large_for_the_model_are_type_errors(string line, string replacement)
    {
        using var site = TestSite.Create("");
        site.WriteFile("content/a.md", SampleReport.Text().Replace(line, replacement));

        var result = site.Build();

        Assert.False(result.Written);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.StopsBuild);
        Assert.Equal("TYPE", diagnostic.Code);
        Assert.True(diagnostic.Line > 0);
    }

    [Fact]
    public void Markup_in_front_matter_strings_is_published_as_text()
    {
        using var site = TestSite.Create("");
        site.WriteFile("content/a.md", SampleReport.Text()
            .Replace("title: 测试市住房和城乡建设局2024年政府信息公开工作年度报告", "title: '<script>alert(1)</script>报告'")
            .Replace("  name: 测试市住房和城乡建设局", "  name: '\"><img src=x onerror=alert(2)>局'")
            .Replace("  sector: 住房和城乡建设", "  sector: '</title><b>住建</b>'"));

        var result = site.Build();

        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        foreach (var file in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            Assert.DoesNotContain("<script>alert", html);
            Assert.DoesNotContain("<img src=x", html);
            Assert.DoesNotContain("<b>住建", html);
        }

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;报告", site.ReadOutput("reports/test-zjj/2024/index.html"));
    }
}
