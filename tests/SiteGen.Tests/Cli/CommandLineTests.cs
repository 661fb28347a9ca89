using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>The sitegen program as a user runs it: exit codes, compiler-style diagnostics, never a stack trace.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Check_on_the_seed_content_finds_no_errors()
    {
        using var site = TestSite.FromRepositoryContent();
        var result = SitegenProcess.Run(site.Root, "check");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("已检查 5 个报告文件：0 个错误", result.StandardOutput);
    }

    [Fact]
    public void Check_prints_identity_errors_as_path_line_col_and_exits_1()
    {
        using var site = TestSite.Create("");
        site.WriteFile("content/a.md", SampleReport.Text().Replace("review:                  [1, 0, 0, 0, 1]", "review:                  [1, 0, 0, 0, 2]"));

        var result = SitegenProcess.Run(site.Root, "check");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"(?m)^content/a\.md\(\d+,\d+\): error T4-SUM: ", result.StandardOutput);
    }

    /// <summary>A file that cannot be read stops a build, but check still checks the others: an editor sees every
    /// problem of the folder at once, and the summary counts the files, not only those it could read.</summary>
    [Fact]
    public void Check_checks_the_readable_files_when_another_cannot_be_read()
    {
        using var site = TestSite.Create("");
        site.WriteFile("content/a.md", SampleReport.Text().Replace("review:                  [1, 0, 0, 0, 1]", "review:                  [1, 0, 0, 0, 2]"));
        site.WriteFile("content/b.md", SampleReport.Text(id: "other-zjj").Replace("penalties: 85", "penalties: \"85\""));

        var result = SitegenProcess.Run(site.Root, "check");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"(?m)^content/b\.md\(\d+,\d+\): error TYPE: ", result.StandardOutput);
        Assert.Matches(@"(?m)^content/a\.md\(\d+,\d+\): error T4-SUM: ", result.StandardOutput);
        Assert.Contains("已检查 2 个报告文件（1 个无法读取，见上）：2 个错误", result.StandardOutput);
    }

    [Fact]
    public void Build_writes_the_site_and_still_publishes_identity_errors()
    {
        using var site = TestSite.Create("");
        site.WriteFile("content/a.md", SampleReport.Text().Replace("review:                  [1, 0, 0, 0, 1]", "review:                  [1, 0, 0, 0, 2]"));

        var result = SitegenProcess.Run(site.Root, "build");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("error T4-SUM", result.StandardError);
        Assert.True(site.OutputExists("reports/test-zjj/2024/index.html"));
    }

    [Fact]
    public void Build_stops_on_broken_yaml_without_a_stack_trace_and_keeps_the_old_site()
    {
        using var site = BuiltSample(out var before);
        site.WriteFile("content/a.md", SampleReport.Text().Replace("title: ", "title: [").Replace("penalties: 85", "penalties: x"));

        var result = SitegenProcess.Run(site.Root, "build", "--output", "output");

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"(?m)^content/a\.md\(2,\d+\): error YAML: ", result.StandardError);
        Assert.Contains("output/ 未作改动", result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
        Assert.Equal(before, site.ReadOutput("reports/test-zjj/2024/index.html"));
    }

    /// <summary>A one-off build keeps the reports' bodies and the search index's postings and texts in temporary files
    /// (SpillFile): a temporary folder that cannot take them stops the build with one line that says what to do, and
    /// the last site stays.</summary>
    [Fact]
    public void A_temporary_folder_that_cannot_take_the_index_file_is_a_clear_error_and_keeps_the_old_site()
    {
        using var site = BuiltSample(out var before);
        site.WriteFile("content/a.md", SampleReport.Text().Replace("penalties: 85", "penalties: 86"));

        var missing = Path.Combine(site.Root, "no-such-folder");
        var result = SitegenProcess.RunWith(site.Root, new Dictionary<string, string> { ["TMPDIR"] = missing }, "build");

        Assert.Equal(2, result.ExitCode);
        // A slow build may print progress lines first (after 5 s); the error is a line of its own.
        Assert.Contains($"\nerror: 无法写入生成过程在 {missing}/ 中的临时文件", "\n" + result.StandardError);
        Assert.Contains("把 TMPDIR 设为有足够空间的文件夹", result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
        Assert.Equal(before, site.ReadOutput("reports/test-zjj/2024/index.html"));
    }

    /// <summary>A machine or container with too little memory for the build gets one line that says so, not the
    /// out-of-memory stack trace, and the last site stays. The collector's hard limit stands in for a small machine.</summary>
    [Fact]
    public void A_build_that_runs_out_of_memory_says_so_and_keeps_the_old_site()
    {
        using var site = TestSite.FromRepositoryContent();
        Assert.True(site.Build().Written);
        var before = site.ReadOutput("index.html");

        // 8 MB: the five seed reports need more; the runtime itself starts in less.
        var result = SitegenProcess.RunWith(site.Root, new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = "0x800000" }, "build");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("\nerror: 生成时内存不足", "\n" + result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
        Assert.Equal(before, site.ReadOutput("index.html"));
    }

    [Fact]
    public void A_missing_content_folder_is_a_clear_error()
    {
        using var site = TestSite.Create("");
        Directory.Delete(site.Content);

        var result = SitegenProcess.Run(site.Root, "build");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("content: error CONTENT: 内容文件夹不存在。", result.StandardError);
        Assert.DoesNotContain("   at ", result.StandardError);
    }

    [Fact]
    public void The_program_normalizes_full_width_text_for_search_as_the_page_does()
    {
        // NFKC needs ICU: under InvariantGlobalization the index would keep full-width digits the page never asks for.
        using var site = TestSite.Create("");
        site.WriteFile("content/a.md", SampleReport.Text().Replace("按要求**主动公开**各类信息。", "接收１２３４５热线工单。"));

        Assert.Equal(0, SitegenProcess.Run(site.Root, "build").ExitCode);

        var shards = Directory.GetFiles(Path.Combine(site.Output, "search", "t")).Select(File.ReadAllText).ToList();
        Assert.Contains(shards, s => s.Contains("\"12345\":", StringComparison.Ordinal));
        Assert.DoesNotContain(shards, s => s.Contains("１２３４５", StringComparison.Ordinal));
    }

    /// <summary>A site built once from the sample report; <paramref name="page"/> is its report page as built.</summary>
    private static TestSite BuiltSample(out string page)
    {
        var site = TestSite.Create("");
        site.WriteFile("content/a.md", SampleReport.Text());
        Assert.Equal(0, SitegenProcess.Run(site.Root, "build").ExitCode);
        page = site.ReadOutput("reports/test-zjj/2024/index.html");
        return site;
    }
}
