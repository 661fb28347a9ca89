using System.Text;
using SiteGen.Core.Diagnostics;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// Bad input never crashes and never half-writes: each case gets a diagnostic naming file, line and what to do,
/// the build stops, and the previous output/ stays as it was.
/// </summary>
public sealed class BadInputTests
{
    private static string Sample => SampleReport.Text();

    public static TheoryData<string, string, string, int> BrokenFiles() => new()
    {
        // name, file text, expected code, expected line
        { "malformed YAML", Sample.Replace("  licensing: 1117", "  licensing: [1117"), "YAML", 14 },
        { "wrong type", Sample.Replace("  penalties: 85", "  penalties: 八十五"), "TYPE", 15 },
        { "quoted number", Sample.Replace("  penalties: 85", "  penalties: \"85\""), "TYPE", 15 },
        { "slash cell", Sample.Replace("granted:           [4,", "granted:           [/,"), "TYPE", 0 },
        { "too few cells", Sample.Replace("[2, 0, 0, 0, 0, 0, 2]", "[2, 0, 0, 0, 0, 2]"), "TYPE", 22 },
        { "negative count", Sample.Replace("  penalties: 85", "  penalties: -85"), "NONNEG", 15 },
        { "fractional count", Sample.Replace("  penalties: 85", "  penalties: 8.5"), "NONNEG", 15 },
        { "huge number", Sample.Replace("  penalties: 85", "  penalties: 99999999999999999999999999999999"), "TYPE", 15 },
        { "missing key", Sample.Replace("  penalties: 85\n", ""), "MISSING-KEY", 0 },
        { "missing year", Sample.Replace("year: 2024\n", ""), "MISSING-KEY", 0 },
        { "unknown key", Sample.Replace("  penalties: 85", "  penalties: 85\n  penalty: 85"), "UNKNOWN-KEY", 16 },
        { "agency id with ../", Sample.Replace("id: test-zjj", "id: ../../etc"), "AGENCY-ID", 5 },
        { "agency id with capitals", Sample.Replace("id: test-zjj", "id: Test_ZJJ"), "AGENCY-ID", 5 },
        { "bad level", Sample.Replace("level: 市", "level: 部"), "TYPE", 7 },
        { "bad format", Sample.Replace("format: 2021", "format: 2020"), "TYPE", 10 },
        { "2019 table in a 2021 report", Sample.Replace("disclosure:", "disclosure_2019:"), "FORMAT", 11 },
        { "no front matter", "## 一、总体情况\n\n正文。\n", "FRONT-MATTER", 1 },
        { "unclosed front matter", "---\ntitle: x\n", "FRONT-MATTER", 1 },
        { "empty front matter", "---\n---\n正文\n", "FRONT-MATTER", 2 },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public void A_broken_file_stops_the_build_with_a_located_diagnostic(string name, string text, string code, int line)
    {
        using var site = TestSite.Create("");
        site.WriteFile("content/good.md", SampleReport.Text(id: "good-zjj"));
        Assert.True(site.Build().Written, "the first build should succeed");
        var before = site.ReadOutput("index.html");

        site.WriteFile("content/broken.md", text);
        var result = site.Build();

        Assert.False(result.Written, name);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.StopsBuild);
        Assert.Equal(code, diagnostic.Code);
        Assert.EndsWith("content/broken.md", diagnostic.File);
        Assert.True(diagnostic.Line > 0, $"{name}: no line in {diagnostic}");
        if (line > 0)
        {
            Assert.Equal(line, diagnostic.Line);
        }

        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Fix), $"{name}: no fix in {diagnostic}");
        if (name == "quoted number")
        {
            Assert.Contains("去掉引号", diagnostic.Fix);
        }

        Assert.Matches(@"broken\.md\(\d+,\d+\): error [A-Z0-9-]+: ", diagnostic.ToString());
        Assert.Equal(before, site.ReadOutput("index.html"));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.building-*"));
    }

    [Fact]
    public void Empty_gbk_and_utf16_files_are_refused_with_how_to_convert()
    {
        using var site = TestSite.Create("");
        site.WriteBytes("content/empty.md", []);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        site.WriteBytes("content/gbk.md", Encoding.GetEncoding("GB18030").GetBytes(SampleReport.Text(id: "gbk-zjj")));
        site.WriteBytes("content/utf16.md", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(SampleReport.Text(id: "utf16-zjj"))).ToArray());

        var result = site.Build();

        Assert.False(result.Written);
        Assert.Contains(result.Diagnostics, d => d.File.EndsWith("empty.md") && d.Code == "EMPTY" && d.Line == 1);
        var gbk = Assert.Single(result.Diagnostics, d => d.File.EndsWith("gbk.md"));
        Assert.Equal("ENCODING", gbk.Code);
        Assert.Equal(2, gbk.Line); // the title on line 2 is the first line with Chinese
        Assert.Contains("GB18030", gbk.Fix);
        Assert.Contains(result.Diagnostics, d => d.File.EndsWith("utf16.md") && d.Code == "ENCODING" && d.Message.Contains("UTF-16"));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void Utf8_with_bom_and_crlf_line_ends_loads()
    {
        using var site = TestSite.Create("");
        var text = SampleReport.Text().ReplaceLineEndings("\r\n");
        site.WriteBytes("content/bom.md", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]);

        var result = site.Build();

        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Two_reports_for_one_agency_and_year_are_refused()
    {
        using var site = TestSite.Create("");
        site.WriteFile("content/a.md", SampleReport.Text());
        site.WriteFile("content/b/a-copy.md", SampleReport.Text());

        var result = site.Build();

        Assert.False(result.Written);
        var duplicate = Assert.Single(result.Diagnostics, d => d.Code == "DUPLICATE");
        Assert.Contains("content/a.md", duplicate.Message);
        Assert.EndsWith("content/b/a-copy.md", duplicate.File);
    }

    [Fact]
    public void A_folder_link_that_loops_does_not_hang_the_load()
    {
        using var site = TestSite.Create("");
        site.WriteFile("content/a.md", SampleReport.Text());
        Directory.CreateSymbolicLink(Path.Combine(site.Content, "loop"), site.Content);

        var result = site.Build();

        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        Assert.Equal(1, result.Reports);
    }

    [Fact]
    public void Diagnostics_print_as_path_line_column()
    {
        var diagnostic = new Diagnostic(Severity.Error, "T3-IDENT", "content/x.md", 12, 5, "message.", "Do this.");
        Assert.Equal("content/x.md(12,5): error T3-IDENT: message. Do this.", diagnostic.ToString());

        // A Chinese message ends in a full-width stop, and its fix follows without a space.
        var chinese = new Diagnostic(Severity.Warning, "X-CARRY", "content/x.md", 3, 1, "上年结转 0 件。", "对照 content/y.md。");
        Assert.Equal("content/x.md(3,1): warning X-CARRY: 上年结转 0 件。对照 content/y.md。", chinese.ToString());
    }
}
