using System.Diagnostics;
using SiteGen.Core;
using Spectre.Console;

namespace SiteGen.Cli;

/// <summary>
/// How a build shows where it is: a Spectre.Console progress bar on an interactive terminal; plain lines on standard
/// error when output is redirected or in CI (a log keeps no bars), every few seconds of a long render or, with
/// --verbose, at each step; nothing with --quiet.
/// </summary>
internal static class BuildProgressDisplay
{
    /// <summary>Steps in the order the pipeline runs them, with the words the bar shows.</summary>
    private static readonly Dictionary<string, string> Names = new()
    {
        ["load"] = "读取报告文件",
        ["validate"] = "检查勾稽关系",
        ["plan"] = "规划页面",
        ["render"] = "生成页面",
        ["search"] = "建立搜索索引",
        ["write"] = "写入网站",
    };

    public static bool IsInteractive =>
        !Console.IsErrorRedirected && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null &&
        Environment.GetEnvironmentVariable("TERM") is not "dumb";

    public static BuildResult Run(Func<IProgress<BuildProgress>?, BuildResult> build, bool quiet, bool verbose)
    {
        if (quiet)
        {
            return build(null);
        }

        if (IsInteractive)
        {
            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
            BuildResult? result = null;
            console.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var task = context.AddTask(Names["load"], maxValue: 1);
                    result = build(new Reporter(p =>
                    {
                        if (p.Total > 0)
                        {
                            task.Description = Names["render"];
                            task.MaxValue = p.Total;
                            task.Value = p.Done;
                        }
                        else if (Next(p.Step) is { } next)
                        {
                            task.Description = Names[next];
                        }
                    }));
                    task.Value = task.MaxValue;
                });
            return result!;
        }

        var clock = Stopwatch.StartNew();
        var last = TimeSpan.Zero;
        var gate = new object();
        return build(new Reporter(p =>
        {
            lock (gate)
            {
                if (p.Total == 0)
                {
                    if (verbose)
                    {
                        Console.Error.WriteLine($"{p.Step} done");
                    }
                }
                else if (p.Done == p.Total ? verbose || last > TimeSpan.Zero : clock.Elapsed - last >= TimeSpan.FromSeconds(verbose ? 1 : 5))
                {
                    // A long render says how far it is every 5 s; the last line closes what the earlier ones started.
                    last = clock.Elapsed;
                    Console.Error.WriteLine($"render: {p.Done}/{p.Total} pages");
                }
            }
        }));
    }

    private static string? Next(string finished)
    {
        var steps = Names.Keys.ToList();
        var i = steps.IndexOf(finished);
        return i >= 0 && i + 1 < steps.Count ? steps[i + 1] : null;
    }

    /// <summary>Called on the reporting thread: <see cref="Progress{T}"/> would post to a context a console app lacks.</summary>
    private sealed class Reporter(Action<BuildProgress> report) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value) => report(value);
    }
}
