using System.Globalization;
using SiteGen.Bench.Generator;

// dotnet run -c Release --project bench/Generator -- --count N --out DIR [--seed S] [--fault-rate R]
const string Usage = "usage: generator --count N --out DIR [--seed S] [--fault-rate 0.02]   (writes N report files into DIR, emptying it first)";

int? count = null;
string? output = null;
var seed = 1;
var faultRate = ArchiveGenerator.DefaultFaultRate;
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--count" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
            count = n;
            i++;
            break;
        case "--out" when !string.IsNullOrWhiteSpace(value):
            output = value;
            i++;
            break;
        case "--seed" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var s):
            seed = s;
            i++;
            break;
        case "--fault-rate" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var r) && r is >= 0 and <= 1:
            faultRate = r;
            i++;
            break;
        default:
            Console.Error.WriteLine($"error: cannot read '{args[i]}{(value is null ? "" : " " + value)}'.");
            Console.Error.WriteLine(Usage);
            return 2;
    }
}

if (count is null || output is null)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

try
{
    Console.WriteLine(ArchiveGenerator.Generate(new GeneratorOptions(count.Value, output, seed, faultRate)).OneLine());
    return 0;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException)
{
    Console.Error.WriteLine($"error: {e.Message}");
    return 1;
}
