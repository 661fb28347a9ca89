using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>The real <c>sitegen import</c>: report on standard output or --output, diagnostics on standard error, exit codes 0, 1, 2.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitegen-import-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void A_seed_imports_to_standard_output_with_exit_code_0()
    {
        var output = SitegenProcess.Run(_dir, "import", Path.Combine(RepoPaths.Seeds, "001_0aa8d14253b31198.txt"));

        Assert.Equal(0, output.ExitCode);
        Assert.StartsWith("---\ntitle: 周口市住房和城乡建设局2024年政府信息公开工作年度报告", output.StandardOutput);
        Assert.Contains("0 个错误", output.StandardError);
    }

    [Fact]
    public void Output_writes_a_file_that_check_accepts()
    {
        var content = Path.Combine(_dir, "content");
        Directory.CreateDirectory(content);
        var target = Path.Combine(content, "zhoukou-zjj-2024.md");
        var imported = SitegenProcess.Run(_dir, "import", Path.Combine(RepoPaths.Seeds, "001_0aa8d14253b31198.txt"), "--output", target);
        var check = SitegenProcess.Run(_dir, "check");

        Assert.Equal(0, imported.ExitCode);
        Assert.Equal("", imported.StandardOutput);
        Assert.True(File.Exists(target));
        Assert.Equal(0, check.ExitCode);
    }

    [Fact]
    public void A_cut_off_copy_exits_1_and_names_the_input_line()
    {
        var seed = File.ReadAllLines(Path.Combine(RepoPaths.Seeds, "001_0aa8d14253b31198.txt"));
        var cut = Path.Combine(_dir, "cut.txt");
        File.WriteAllLines(cut, seed[..60]);
        var output = SitegenProcess.Run(_dir, "import", cut);

        Assert.Equal(1, output.ExitCode);
        Assert.Contains("cut.txt(", output.StandardError);
        Assert.Contains("IMPORT-MISSING", output.StandardError);
        Assert.Contains("applications:", output.StandardOutput);
    }

    [Fact]
    public void A_missing_or_unreadable_file_exits_2()
    {
        Assert.Equal(2, SitegenProcess.Run(_dir, "import", "no-such-file.txt").ExitCode);
        var pdf = Path.Combine(_dir, "report.pdf");
        File.WriteAllText(pdf, "%PDF-1.4\n");
        var output = SitegenProcess.Run(_dir, "import", pdf);
        Assert.Equal(2, output.ExitCode);
        Assert.Contains("IMPORT-FORM", output.StandardError);
        Assert.Equal("", output.StandardOutput);
    }
}
