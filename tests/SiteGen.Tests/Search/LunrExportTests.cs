using System.Text.Json;
using System.Text.Json.Nodes;
using SiteGen.Core.Content;
using SiteGen.Core.Search.Lunr;
using SiteGen.Tests.Support;
using Xunit.Abstractions;

namespace SiteGen.Tests.Search;

/// <summary>
/// Our lunr index (LunrIndexWriter) loads in the real lunr.js 2.3.9 and answers every query exactly as the index lunr's
/// own builder makes from the same terms; the two indexes are the same JSON. Needs Node and `npm ci --prefix tests/js`.
/// </summary>
public sealed class LunrExportTests(LunrComparisonFixture lunr, ITestOutputHelper output) : IClassFixture<LunrComparisonFixture>
{
    /// <summary>Scores may differ by one rounding step of lunr's three-decimal weights, no more (see LunrBm25.Idf).</summary>
    private const double Tolerance = 0.001 + 1e-9;

    [Fact]
    public void Stock_lunr_loads_our_index_and_answers_every_query_as_its_own_builder_does()
    {
        var maxDifference = 0.0;
        for (var q = 0; q < LunrComparisonFixture.Queries.Length; q++)
        {
            var query = LunrComparisonFixture.Queries[q];
            var ours = lunr.Result.Loaded[q];
            var lunrs = lunr.Result.Built[q];
            Assert.True(ours.Select(h => h.Ref).SequenceEqual(lunrs.Select(h => h.Ref)),
                $"«{query}»: our index found [{Show(ours)}], lunr's [{Show(lunrs)}]");
            for (var i = 0; i < ours.Count; i++)
            {
                var difference = Math.Abs(ours[i].Score - lunrs[i].Score);
                maxDifference = Math.Max(maxDifference, difference);
                Assert.True(difference <= Tolerance, $"«{query}» {ours[i].Ref}: our score {ours[i].Score}, lunr's {lunrs[i].Score}");
            }

            output.WriteLine($"«{query}»: {Show(ours)}");
        }

        output.WriteLine($"largest score difference: {maxDifference}");
    }

    [Fact]
    public void The_queries_test_something()
    {
        var results = LunrComparisonFixture.Queries.Zip(lunr.Result.Loaded).ToDictionary(p => p.First, p => p.Second);
        Assert.Empty(results["量子纠缠"]);
        Assert.Equal(["edge/title-only"], results["鼋鼍"].Select(h => h.Ref));
        Assert.Equal(["edge/surrogates"], results["𠀀"].Select(h => h.Ref));
        Assert.Equal(lunr.Documents.Count, results["！？"].Count);
        Assert.True(results["申请"].Count >= 7, "申请 should be in every seed and two edge documents");
        Assert.True(results["申请"].Select(h => h.Score).Distinct().Count() >= 5, "申请 should rank the documents");
    }

    [Fact]
    public void Our_index_is_the_index_lunr_builds_from_the_same_terms()
    {
        // Both as JSON.stringify writes them after parsing, so JavaScript's key order (numeric keys first) holds for both.
        var difference = FirstDifference(JsonNode.Parse(lunr.Result.Lunrs), JsonNode.Parse(lunr.Result.Ours), "$");
        Assert.True(difference is null, difference);
        output.WriteLine(lunr.Result.Ours == lunr.Result.Lunrs ? "identical JSON" : "equal within one rounding step");
    }

    [Fact]
    public void Lunr_keeps_our_terms_as_they_are()
    {
        Assert.True(lunr.Result.AlteredByTokenizer.Count == 0,
            "lunr.tokenizer lowercases these terms further: " + string.Join(" ", lunr.Result.AlteredByTokenizer));
    }

    [Fact]
    public void Han_characters_are_written_raw()
    {
        Assert.Contains("\"行政\"", lunr.IndexJson);
        Assert.DoesNotContain("\\u884C", lunr.IndexJson, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Index_of_the_five_seeds_has_a_known_size()
    {
        using var stream = new MemoryStream();
        LunrIndexWriter.Write(stream, ContentLoader.Load(RepoPaths.Content).Reports.Select(LunrComparisonFixture.FromReport));
        output.WriteLine($"five seeds: {stream.Length} bytes of JSON");
        Assert.InRange(stream.Length, 10_000, 2_000_000);
    }

    private static string Show(List<LunrComparisonFixture.Hit> hits) => string.Join(", ", hits.Select(h => $"{h.Ref} {h.Score:0.#####}"));

    /// <summary>Where two JSON trees first differ: same kinds, same key order, same strings, numbers within <see cref="Tolerance"/>.</summary>
    private static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        if (expected is null || actual is null)
        {
            return expected is null && actual is null ? null : $"{path}: lunr has {expected?.ToJsonString() ?? "null"}, ours {actual?.ToJsonString() ?? "null"}";
        }

        if (expected.GetValueKind() != actual.GetValueKind())
        {
            return $"{path}: lunr has {expected.ToJsonString()}, ours {actual.ToJsonString()}";
        }

        switch (expected)
        {
            case JsonArray lunrArray:
                var ourArray = actual.AsArray();
                if (lunrArray.Count != ourArray.Count)
                {
                    return $"{path}: lunr has {lunrArray.Count} items, ours {ourArray.Count}\n lunr: {Clip(lunrArray)}\n ours: {Clip(ourArray)}";
                }

                return lunrArray.Select((item, i) => FirstDifference(item, ourArray[i], $"{path}[{i}]")).FirstOrDefault(d => d is not null);
            case JsonObject lunrObject:
                var ourObject = actual.AsObject();
                var lunrKeys = string.Join(",", lunrObject.Select(p => p.Key));
                var ourKeys = string.Join(",", ourObject.Select(p => p.Key));
                if (lunrKeys != ourKeys)
                {
                    return $"{path}: lunr has keys {lunrKeys}, ours {ourKeys}";
                }

                return lunrObject.Select(p => FirstDifference(p.Value, ourObject[p.Key], $"{path}.{p.Key}")).FirstOrDefault(d => d is not null);
            default:
                if (expected.GetValueKind() == JsonValueKind.Number)
                {
                    var difference = Math.Abs(expected.GetValue<double>() - actual.GetValue<double>());
                    return difference <= Tolerance ? null : $"{path}: lunr has {expected.ToJsonString()}, ours {actual.ToJsonString()}";
                }

                return JsonNode.DeepEquals(expected, actual) ? null : $"{path}: lunr has {expected.ToJsonString()}, ours {actual.ToJsonString()}";
        }
    }

    private static string Clip(JsonNode node)
    {
        var text = node.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        return text.Length > 300 ? text[..300] + "…" : text;
    }
}
