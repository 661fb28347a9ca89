// Times the search index alone on an archive: the build (wall and CPU time, memory) and one incremental update.
// Usage: dotnet run -c Release --project bench/SearchIndex -- ARCHIVE_DIR [OUTPUT_DIR]   (PROBE=1: the analyzer alone)
using System.Diagnostics;
using SiteGen.Core.Content;
using SiteGen.Core.Search;

var content = args[0];
var output = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "sitegen-search-bench");
if (Directory.Exists(output))
{
    Directory.Delete(output, true);
}

var documents = ContentLoader.Load(content).Reports.Select(SearchDocumentBuilder.Build).ToList();
if (Environment.GetEnvironmentVariable("PROBE") == "1") { AnalysisProbe.Run(documents); return; }
GC.Collect();
var process = Process.GetCurrentProcess();
var baseline = process.WorkingSet64;
var cpu = process.TotalProcessorTime;
var clock = Stopwatch.StartNew();
var last = TimeSpan.Zero;
var lastCpu = cpu;
long files = 0, bytes = 0;
void Write(string path, byte[] content)
{
    var full = Path.Combine(output, path);
    Directory.CreateDirectory(Path.GetDirectoryName(full)!);
    File.WriteAllBytes(full, content);
    Interlocked.Increment(ref files);
    Interlocked.Add(ref bytes, content.Length);
}

var state = SearchIndexState.Build(documents, Write, done: part =>
{
    var now = Process.GetCurrentProcess().TotalProcessorTime;
    Console.WriteLine($"  {part,-40} {(clock.Elapsed - last).TotalMilliseconds,7:0} ms wall {(now - lastCpu).TotalMilliseconds,7:0} ms CPU");
    (last, lastCpu) = (clock.Elapsed, now);
});
process.Refresh();
Console.WriteLine($"{documents.Count} documents: {clock.Elapsed.TotalSeconds:0.00} s wall, {(process.TotalProcessorTime - cpu).TotalSeconds:0.00} s CPU, " +
    $"peak working set {process.PeakWorkingSet64 >> 20} MB (documents loaded: {baseline >> 20} MB), managed now {GC.GetTotalMemory(false) >> 20} MB; " +
    $"{files} files, {bytes / 1e6:0.0} MB");

// One edit in the middle of a report's body.
var edited = documents[documents.Count / 2];
var body = edited.Body.Insert(edited.Body.Length / 2, "本机关新增一段说明文字。");
clock.Restart();
cpu = process.TotalProcessorTime;
var changed = state.Update(edited with { Body = body });
process.Refresh();
Console.WriteLine($"update of one report: {clock.Elapsed.TotalMilliseconds:0} ms wall, {(process.TotalProcessorTime - cpu).TotalMilliseconds:0} ms CPU, " +
    $"{changed.Count} files changed ({changed.Values.Sum(v => v?.Length ?? 0) / 1e3:0} KB), {changed.Count(c => c.Value is null)} deleted");
GC.KeepAlive(state);
