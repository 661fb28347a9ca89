using System.Diagnostics;
using SiteGen.Tests.Html;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.BarrierFree;

/// <summary>
/// The Nu HTML Checker (npm vnu-jar, run on the installed Java) over every generated page at once: one JVM start for
/// the whole site takes about 2 s, where one per page would take minutes. Errors only; warnings are advice.
/// </summary>
public sealed class HtmlValidatorTests(SeedSiteFixture site) : IClassFixture<SeedSiteFixture>
{
    private static readonly string Jar = Path.Combine(RepoPaths.Root, "tests", "js", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public async Task Every_generated_page_passes_the_Nu_HTML_checker_without_errors()
    {
        // Fail, never skip: a missing checker must not turn the check silently green.
        Assert.True(File.Exists(Jar), $"{Jar} is missing: run `npm ci --prefix tests/js` (tests/install-test-deps.sh does).");
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Count();
        Assert.True(pages >= 30, $"only {pages} pages were built");

        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-jar", Jar, "--skip-non-html", "--errors-only", "--format", "gnu", site.Output })
        {
            start.ArgumentList.Add(arg);
        }

        using var java = Process.Start(start) ?? throw new InvalidOperationException("java did not start; the checker needs a Java runtime (Java 17 is installed here).");
        var stdout = java.StandardOutput.ReadToEndAsync();
        var stderr = java.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await java.WaitForExitAsync(timeout.Token);
        var messages = (await stdout + await stderr).Replace(site.Output + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).Trim();

        Assert.True(java.ExitCode == 0 && messages.Length == 0, $"The Nu HTML checker reported (exit code {java.ExitCode}):\n{messages}");
    }
}
