using SiteGen.Tests.Support;

namespace SiteGen.Tests.Cli;

/// <summary>Redirected output (CI, logs) gets plain lines, never a progress bar's escape codes; --quiet prints nothing on success.</summary>
public sealed class BuildProgressTests
{
    [Fact]
    public void Redirected_verbose_build_prints_plain_step_and_page_lines()
    {
        using var site = TestSite.FromRepositoryContent();
        var result = SitegenProcess.Run(site.Root, "build", "--verbose");

        Assert.Equal(0, result.ExitCode);
        Assert.Matches(@"(?m)^render: (\d+)/\1 pages$", result.StandardError);
        Assert.Contains("load done", result.StandardError);
        Assert.Contains("write done", result.StandardError);
        Assert.DoesNotContain('\u001b', result.StandardError + result.StandardOutput);
    }

    [Fact]
    public void Redirected_build_prints_its_summary_without_escape_codes()
    {
        using var site = TestSite.FromRepositoryContent();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = SitegenProcess.Run(site.Root, "build");
        var took = clock.Elapsed;

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("已生成 ", result.StandardOutput);
        Assert.DoesNotContain('\u001b', result.StandardError + result.StandardOutput);
        if (took < TimeSpan.FromSeconds(4))
        {
            // A short build says nothing on the way. A progress line comes after 5 s of rendering, which a machine
            // busy with other work (CI beside other tests) can reach with the five seeds: the line is then right.
            Assert.DoesNotContain("render:", result.StandardError);
        }
    }

    [Fact]
    public void Quiet_build_prints_nothing_on_success_and_only_errors_on_failure()
    {
        using var site = TestSite.FromRepositoryContent();
        var ok = SitegenProcess.Run(site.Root, "build", "--quiet");
        Assert.Equal(0, ok.ExitCode);
        Assert.Equal("", ok.StandardOutput);
        Assert.Equal("", ok.StandardError);

        site.WriteFile("content/broken.md", SampleReport.Text(id: "broken-zjj").Replace("  licensing: 1117", "  licensing: [1117"));
        var failed = SitegenProcess.Run(site.Root, "build", "--quiet");
        Assert.Equal(1, failed.ExitCode);
        Assert.Equal("", failed.StandardOutput);
        Assert.Matches(@"(?m)^content/broken\.md\(\d+,\d+\): error YAML: ", failed.StandardError);
    }
}
