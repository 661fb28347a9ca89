using System.Diagnostics;

namespace SiteGen.Tests.Support;

/// <summary>Runs the real command-line program (sitegen.dll, copied beside the tests) as a separate process.</summary>
internal static class SitegenProcess
{
    public sealed record Output(int ExitCode, string StandardOutput, string StandardError);

    public static Output Run(string workingDirectory, params string[] args) => RunWith(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>As <see cref="Run"/>, with environment variables set for the process (TMPDIR).</summary>
    public static Output RunWith(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sitegen.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("sitegen did not finish in 2 minutes");
        }

        return new Output(process.ExitCode, stdout.Result, stderr.Result);
    }
}
