// What `sitegen serve` does after an editor saves one report, timed on a generated archive (issue 8: under 1 s at
// 10,000 reports). The archive is copied first, since the edits are made to its files.
//
//   dotnet run -c Release --project bench/Incremental -- ARCHIVE [EDITS]
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Core;
using SiteGen.Themes.Default;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args.Length < 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Incremental -- ARCHIVE [EDITS]");
    return 2;
}

var edits = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
DeleteWindow.WaitOut();
var work = Directory.CreateTempSubdirectory("sitegen-incremental-").FullName;
try
{
    var content = Path.Combine(work, "content");
    foreach (var file in Directory.EnumerateFiles(args[0], "*.md", SearchOption.AllDirectories))
    {
        var target = Path.Combine(content, Path.GetRelativePath(args[0], file));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(file, target);
    }

    var session = new BuildSession(new DefaultTheme(), new BuildOptions { ContentDir = content, OutputDir = Path.Combine(work, "output") }, serving: true);
    Time("first build", session.Build);

    // The first build leaves about 2 GB on its way to the disk (on /dev/shm, none). An editor's first save comes
    // seconds after serve starts, when the kernel has written it; an edit timed at once waited for that writing (the
    // first edit 1.27-1.41 s with 1.9 GB still to write, its commit step 437-519 ms; 0.97-1.07 s once written). So the
    // edits start once it is written, untimed, and each line says how much was still waiting when its build began.
    var flushing = Stopwatch.StartNew();
    var waiting = DirtyMegabytes();
    using (var sync = Process.Start("sync"))
    {
        sync.WaitForExit();
    }

    Console.WriteLine($"(not timed: {waiting} MB of the first build's output written to disk in {flushing.Elapsed.TotalSeconds:0.0} s)");
    Time("no change", session.Build);
    var files = Directory.GetFiles(content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToArray();
    for (var i = 0; i < edits; i++)
    {
        var file = files[(i * 7919) % files.Length];
        var text = File.ReadAllText(file);
        if (i % 2 == 0)
        {
            // A number in the tables: the first count of table 三's first row, one more.
            var edited = Regex.Replace(text, @"(received: \[)(\d+)", m => m.Groups[1].Value + (int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) + 1), RegexOptions.None, TimeSpan.FromSeconds(1));
            File.WriteAllText(file, edited == text ? text + "\n新增一句。\n" : edited);
            Time($"edit a number in {Path.GetFileName(file)}", session.Build);
        }
        else
        {
            File.WriteAllText(file, text + $"\n本段为第 {i} 次编辑新增的文字。\n");
            Time($"edit the text of {Path.GetFileName(file)}", session.Build);
        }
    }

    return 0;
}
finally
{
    Directory.Delete(work, recursive: true);
    DeleteWindow.Note();
}

static void Time(string what, Func<IProgress<BuildProgress>?, BuildResult> build)
{
    var (gen0, gen1, gen2, paused) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
    var (jitted, jitTime) = (System.Runtime.JitInfo.GetCompiledMethodCount(), System.Runtime.JitInfo.GetCompilationTime());
    var allocated = GC.GetTotalAllocatedBytes();
    var dirty = DirtyMegabytes();
    var clock = Stopwatch.StartNew();
    var result = build(null);
    var elapsed = clock.Elapsed;
    var jit = $"compiled {System.Runtime.JitInfo.GetCompiledMethodCount() - jitted} methods in {(System.Runtime.JitInfo.GetCompilationTime() - jitTime).TotalMilliseconds:0} ms";
    var gc = $"allocated {(GC.GetTotalAllocatedBytes() - allocated) >> 20} MB, garbage collections: {GC.CollectionCount(0) - gen0} / {GC.CollectionCount(1) - gen1} / {GC.CollectionCount(2) - gen2} (gen 0 / 1 / 2), paused {(GC.GetTotalPauseDuration() - paused).TotalMilliseconds:0} ms";
    Console.WriteLine($"{what}: {elapsed.TotalMilliseconds:0} ms; {result.PagesRendered} of {result.Pages} pages rendered; {result.Changes.Written} files written, {result.Changes.Unchanged} unchanged; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1 << 20)} MB");
    Console.WriteLine("    " + string.Join(", ", result.Timings.Select(t => $"{t.Step} {t.Elapsed.TotalMilliseconds:0}")));
    Console.WriteLine("    " + gc + "; " + jit + $"; {dirty} MB of the page cache not yet written to disk at the start");
    if (result.PagesRendered < 100)
    {
        Console.WriteLine("    rendered: " + string.Join(" ", result.Rendered));
    }
}

// The kernel's count of written data still waiting for the disk: a build that starts while the first build's output is
// on its way out competes with that writing (measured, not explained: 1.9 GB is below the kernel's throttling limit).
static long DirtyMegabytes() =>
    File.ReadLines("/proc/meminfo").Where(l => l.StartsWith("Dirty:", StringComparison.Ordinal) || l.StartsWith("Writeback:", StringComparison.Ordinal))
        .Sum(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)) >> 10;
