using System.Diagnostics;
using System.Text;
using System.Text.Json;
using SiteGen.Core.Content;
using SiteGen.Core.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>
/// The page's search engine, run in Node on the seed site, finds exactly the reports that contain the query string,
/// for hundreds of substrings drawn from the reports themselves and for strings that are not there, with the index
/// files shrunk so that large terms, their documents files and their position chunks are all exercised.
/// </summary>
public sealed class SearchEngineTests
{
    internal static readonly ShardedIndexOptions Tiny = new() { InlineLimit = 200, ShardTarget = 2_000, PositionChunk = 300, Batch = 2, PhraseMinimumDocuments = 2 };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Results_equal_substring_search(bool tinyFiles)
    {
        using var site = TestSite.FromRepositoryContent();
        Assert.True(site.Build(o => o with { SearchIndex = tinyFiles ? Tiny : new ShardedIndexOptions() }).Written);
        if (tinyFiles)
        {
            Assert.True(Directory.GetFiles(Path.Combine(site.Output, "search", "p")).Length > 10, "expected many position chunks");

            // Phrases in at least two reports are terms of their own: 住房和城乡建设局 is in all five titles.
            var shards = Directory.GetFiles(Path.Combine(site.Output, "search", "t")).Select(File.ReadAllText);
            Assert.Contains(shards, s => s.Contains("\"城乡建设局\":", StringComparison.Ordinal));
        }

        var documents = ContentLoader.Load(RepoPaths.Content).Reports.Select(SearchDocumentBuilder.Build).ToList();
        var texts = documents.Select(d => d.FieldTexts.Select(f => f.Normalize(NormalizationForm.FormKC)).ToList()).ToList();
        var queries = Queries(texts).ToList();

        AssertEngineFindsExactly(site.Output, texts, queries);
    }

    /// <summary>Runs the page's engine on the built index and compares each query's documents with substring search.</summary>
    internal static void AssertEngineFindsExactly(string output, IReadOnlyList<List<string>> texts, List<string> queries)
    {
        var found = RunEngine(output, queries);
        var wrong = new List<string>();
        for (var i = 0; i < queries.Count; i++)
        {
            var needle = queries[i].Normalize(NormalizationForm.FormKC);
            var expected = Enumerable.Range(0, texts.Count).Where(d => texts[d].Any(f => f.Contains(needle, StringComparison.Ordinal))).ToList();
            if (!expected.SequenceEqual(found[i].Order()))
            {
                wrong.Add($"«{queries[i]}»: expected [{string.Join(",", expected)}], found [{string.Join(",", found[i].Order())}]");
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {queries.Count} queries wrong:\n{string.Join("\n", wrong.Take(20))}");
    }

    /// <summary>Substrings of 1 to 8 Han characters, words and mixed text drawn from the reports, plus absent strings.</summary>
    internal static IEnumerable<string> Queries(List<List<string>> texts)
    {
        var random = new Random(20261121);
        var bodies = texts.Select(t => t[2]).ToList();
        var count = 0;
        while (count < 400)
        {
            var body = bodies[random.Next(bodies.Count)];
            var length = random.Next(1, 9);
            var start = random.Next(0, Math.Max(1, body.Length - length));
            var query = body.Substring(start, Math.Min(length, body.Length - start));
            if (string.IsNullOrWhiteSpace(query) || char.IsSurrogate(query[0]) || char.IsSurrogate(query[^1]) || query.IndexOfAny(['"', '“', '”']) >= 0 || query.StartsWith('-') || query.Any(char.IsWhiteSpace))
            {
                continue;
            }

            // Quotes and a leading minus are query syntax (phrases, exclusion), not text to find.
            // Only queries whose edges are not cut through a word: the index matches Latin letters and digits as
            // whole words, by design.
            if (ChineseTokenizer.Tokenize(query).Count == 0 || CutsWord(body, start, query.Length))
            {
                continue;
            }

            count++;
            yield return query;
        }

        yield return "行政复议";
        yield return "本机关不掌握";
        yield return "政府信息公开";
        yield return "不存在的词语组合";
        yield return "复议复议";
        yield return "2024年";
        yield return "年政府";
    }

    private static bool CutsWord(string text, int start, int length)
    {
        static bool Word(char c) => char.IsAsciiLetterOrDigit(c);
        return (start > 0 && Word(text[start - 1]) && Word(text[start])) ||
               (start + length < text.Length && Word(text[start + length - 1]) && Word(text[start + length]));
    }

    internal static List<List<int>> RunEngine(string site, List<string> queries)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "tests", "js", "engine-check.js"));
        start.ArgumentList.Add(site);
        using var node = Process.Start(start)!;
        node.StandardInput.Write(JsonSerializer.Serialize(queries));
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEnd();
        var error = node.StandardError.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, error);
        return JsonSerializer.Deserialize<List<List<int>>>(output)!;
    }
}
