using SiteGen.Core.Content;
using SiteGen.Core.Reports;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary><c>sitegen new</c>: a file with every key of its format, zeros and row labels, that loads and checks clean.</summary>
public sealed class NewCommandTests
{
    [Theory]
    [InlineData("周口市财政局", 2024, null, ReportFormat.F2021, "content/zhoukou-czj-2024.md")]
    [InlineData("周口市财政局", 2020, null, ReportFormat.F2019, "content/zhoukou-czj-2020.md")]
    [InlineData("周口市财政局", 2022, "2019", ReportFormat.F2019, "content/zhoukou-czj-2022.md")]
    public void Writes_every_row_of_the_format_with_zeros_and_its_label(string agency, int year, string? format, ReportFormat expected, string file)
    {
        using var site = TestSite.Create("");
        string[] args = format is null ? ["new", "--agency", agency, "--year", $"{year}"] : ["new", "--agency", agency, "--year", $"{year}", "--format", format];

        var result = SitegenProcess.Run(site.Root, args);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"已写入 {file}", result.StandardOutput);
        var (report, diagnostics) = ReportFileLoader.Load(Path.Combine(site.Root, file));
        Assert.Empty(diagnostics);
        Assert.NotNull(report);
        Assert.Equal(expected, report.Format);
        Assert.Equal(year, report.Year);
        Assert.Equal(agency, report.Agency.Name);
        var text = File.ReadAllText(Path.Combine(site.Root, file));
        foreach (var row in NationalTemplate.TablesFor(expected).SelectMany(t => t.Rows))
        {
            Assert.True(report.Cells.ContainsKey(row.Path), $"{row.Path} is missing");
            Assert.Contains($"# {row.Label}", text);
        }

        Assert.All(report.Cells.Values.SelectMany(r => r.Cells), cell => Assert.Equal(0m, cell));

        var check = SitegenProcess.Run(site.Root, "check");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("已检查 1 个报告文件：0 个错误，0 个警告", check.StandardOutput);
    }

    [Fact]
    public void Refuses_to_overwrite_a_file_or_a_report_of_the_same_agency_and_year()
    {
        using var site = TestSite.Create("");
        Assert.Equal(0, SitegenProcess.Run(site.Root, "new", "--agency", "周口市财政局", "--year", "2024").ExitCode);
        var path = Path.Combine(site.Content, "zhoukou-czj-2024.md");
        File.AppendAllText(path, "已填写。\n");
        var before = File.ReadAllText(path);

        var again = SitegenProcess.Run(site.Root, "new", "--agency", "周口市财政局", "--year", "2024");
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("NEW-EXISTS", again.StandardError);
        Assert.Equal(before, File.ReadAllText(path));

        File.Move(path, Path.Combine(site.Content, "renamed.md"));
        var renamed = SitegenProcess.Run(site.Root, "new", "--agency", "周口市财政局", "--year", "2024");
        Assert.Equal(1, renamed.ExitCode);
        Assert.Contains("content/renamed.md 已是 zhoukou-czj 的 2024 年报告", renamed.StandardError);
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData("--year", "2015")]
    [InlineData("--id", "../../etc")]
    [InlineData("--format", "2020")]
    public void Refuses_a_year_without_tables_a_bad_id_or_format(string option, string value)
    {
        using var site = TestSite.Create("");
        string[] args = option == "--year" ? ["new", "--agency", "周口市财政局", "--year", value] : ["new", "--agency", "周口市财政局", "--year", "2024", option, value];

        var result = SitegenProcess.Run(site.Root, args);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Empty(Directory.GetFiles(site.Content));
        Assert.DoesNotContain("   at ", result.StandardError);
    }

    [Fact]
    public void An_agency_whose_id_cannot_be_guessed_gets_a_placeholder_and_a_warning()
    {
        using var site = TestSite.Create("");
        var result = SitegenProcess.Run(site.Root, "new", "--agency", "某某办公室", "--year", "2024");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("IMPORT-AGENCY-ID", result.StandardError);
        Assert.Single(Directory.GetFiles(site.Content, "agency-*-2024.md"));
    }
}
