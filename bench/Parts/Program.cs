// What each part of the site costs a one-off build (issue 8): the same archive built whole, then with one part left
// out at a time, the builds alternating round after round so that the machine's drift falls on every part alike.
// A part's cost is the whole build's median time less the median without it.
//
//   TMPDIR=/dev/shm dotnet run -c Release --project bench/Parts -- ARCHIVE [ROUNDS]
//
// Each build writes into a new folder of the temporary folder, removed after it: on this machine's disk a delete
// slows the next build's writes for minutes (docs/scale.md, "Noise"), so use a memory file system.
using System.Diagnostics;
using System.Globalization;
using SiteGen.Core;
using SiteGen.Themes.Default;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
if (args.Length < 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: TMPDIR=/dev/shm dotnet run -c Release --project bench/Parts -- ARCHIVE [ROUNDS]");
    return 2;
}

var archive = args[0];
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2;
var reports = Directory.EnumerateFiles(archive, "*.md", SearchOption.AllDirectories).Count();
static bool View(string route) => route.Contains("/large/", StringComparison.Ordinal) || route.Contains("/text/", StringComparison.Ordinal) || route.Contains("/tables/", StringComparison.Ordinal);
static bool ReportData(string route) => route.StartsWith("reports/", StringComparison.Ordinal) && (route.EndsWith(".csv", StringComparison.Ordinal) || route.EndsWith(".json", StringComparison.Ordinal));
var whole = new BuildOptions { ContentDir = archive };
(string Name, BuildOptions Options)[] parts =
[
    ("the whole site", whole),
    ("without the 大字版", whole with { Include = route => !route.Contains("/large/", StringComparison.Ordinal) }),
    ("without the 逐项文字版, 分表版 and 大字版", whole with { Include = route => !View(route) }),
    ("without the per-report CSV and JSON", whole with { Include = route => !ReportData(route) }),
    ("without the yearly long tables", whole with { Include = route => !route.StartsWith("data/cells-", StringComparison.Ordinal) }),
    ("without the search index", whole with { WithSearchIndex = false }),
    ("the index without frequent phrases", whole with { SearchIndex = whole.SearchIndex with { PhraseMinimumDocuments = reports + 1 } }),
];

var work = Directory.CreateTempSubdirectory("sitegen-parts-").FullName;
var times = parts.Select(_ => new List<(double Wall, double Cpu)>()).ToArray();
try
{
    Console.WriteLine($"{reports} reports; output in {work}; one untimed build first (the compiler's work)");
    Build(whole);
    for (var round = 1; round <= rounds; round++)
    {
        for (var p = 0; p < parts.Length; p++)
        {
            times[p].Add(Build(parts[p].Options));
            Console.WriteLine($"  round {round}: {parts[p].Name,-40} {times[p][^1].Wall,6:0.0} s, CPU {times[p][^1].Cpu,5:0.0} s");
        }
    }
}
finally
{
    Directory.Delete(work, recursive: true);
}

var wholeWall = Median(times[0].Select(t => t.Wall));
Console.WriteLine();
Console.WriteLine($"| build ({reports} reports, {rounds} rounds) | wall s, median (range) | CPU s, median | saves |");
Console.WriteLine("|---|---|---|---|");
for (var p = 0; p < parts.Length; p++)
{
    var walls = times[p].Select(t => t.Wall).ToList();
    var saves = p == 0 ? "" : $"{wholeWall - Median(walls):0.0} s";
    Console.WriteLine($"| {parts[p].Name} | {Median(walls):0.0} ({walls.Min():0.0}-{walls.Max():0.0}) | {Median(times[p].Select(t => t.Cpu)):0.0} | {saves} |");
}

return 0;

(double Wall, double Cpu) Build(BuildOptions options)
{
    var output = Path.Combine(work, "site");
    if (Directory.Exists(output))
    {
        Directory.Delete(output, recursive: true);
    }

    GC.Collect();
    using var process = Process.GetCurrentProcess();
    var cpu = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var result = new SiteBuilder(new DefaultTheme()).Build(options with { OutputDir = output });
    var wall = clock.Elapsed.TotalSeconds;
    process.Refresh();
    if (!result.Written)
    {
        throw new InvalidOperationException($"The build of {options.ContentDir} stopped: {result.Failure}");
    }

    return (wall, (process.TotalProcessorTime - cpu).TotalSeconds);
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
