using System.Text;
using SiteGen.Core.Content;
using SiteGen.Core.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// The property: any truncation or mutation of a real report gives diagnostics, never an unhandled exception, and
/// whatever text the importer writes loads with the strict loader. A seeded loop (reproducible) of 1,000 cases.
/// </summary>
public sealed class ImportRobustnessTests
{
    private static readonly string[] Seeds = [.. Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];

    private static readonly string[] Noise = ["\t", "|", "\n", "\n\n", "/", "-", "无", "0", "１２", "-417", "+3", "24.5万元", "（一）", "三、", "总计", "其他", "<table><tr><td>", "</td></tr>", "#", "**", "\"", ":", "---", "\u3000", "2019年", "1999年", "行政复议"];

    [Fact]
    public void Random_truncations_and_mutations_give_diagnostics_never_exceptions()
    {
        var random = new Random(20250611);
        for (var i = 0; i < 1000; i++)
        {
            var text = Mutate(Seeds[random.Next(Seeds.Length)], random);
            var bytes = random.Next(10) switch
            {
                0 => CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!.GetBytes(text),
                1 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
                2 => [.. Encoding.UTF8.GetBytes(text).Take(random.Next(1, 4000))],
                _ => Encoding.UTF8.GetBytes(text),
            };
            var name = random.Next(8) == 0 ? "x.html" : "x.txt";

            ImportResult result;
            try
            {
                result = ReportImporter.Import(name, bytes);
                _ = ImportCheck.Check(result, name, "out.md");
            }
            catch (Exception e)
            {
                Assert.Fail($"case {i} threw {e}\n--- input ---\n{text}");
                return;
            }

            if (result.Text is not null)
            {
                var (report, diagnostics) = ReportFileLoader.Parse("out.md", Encoding.UTF8.GetBytes(result.Text));
                Assert.True(report is not null, $"case {i}: the import does not load: {string.Join("\n", diagnostics)}\n{result.Text}");
            }
        }
    }

    private static string Mutate(string text, Random random)
    {
        var steps = random.Next(1, 4);
        for (var s = 0; s < steps && text.Length > 0; s++)
        {
            var at = random.Next(text.Length);
            text = random.Next(6) switch
            {
                0 => text[..at],
                1 => text.Remove(at, Math.Min(random.Next(1, 200), text.Length - at)),
                2 => text.Insert(at, Noise[random.Next(Noise.Length)]),
                3 => text.Insert(at, new string((char)random.Next(0x20, 0x9FFF), random.Next(1, 5))),
                4 => SwapLines(text, random),
                _ => text.Replace("\t", random.Next(2) == 0 ? "|" : "\n", StringComparison.Ordinal),
            };
        }

        return text;
    }

    private static string SwapLines(string text, Random random)
    {
        var lines = text.Split('\n');
        var (a, b) = (random.Next(lines.Length), random.Next(lines.Length));
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return string.Join('\n', lines);
    }
}
