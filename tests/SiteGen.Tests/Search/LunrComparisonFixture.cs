using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using SiteGen.Core.Content;
using SiteGen.Core.Reports;
using SiteGen.Core.Search;
using SiteGen.Core.Search.Lunr;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>
/// Writes our lunr index for the five seed reports and a few edge documents, then runs tests/js/lunr-compare.js
/// once: the real lunr.js 2.3.9 loads our index, builds its own from the same terms, and runs every query on both.
/// </summary>
public sealed class LunrComparisonFixture
{
    private static readonly string JsFolder = Path.Combine(RepoPaths.Root, "tests", "js");

    /// <summary>The queries as a citizen types them; the page runs each one's tokens as required terms.</summary>
    public static readonly string[] Queries =
    [
        "行政复议", "复议", "本机关不掌握", "政府信息公开", "申请", "2024", "周口市", "叶县", "平桥", "新乡",
        "量子纠缠", // in no document
        "复", "县", "局", "𠀀", "﨎", // one character: found only where it stands alone
        "鼋鼍", "constructor", "2024年 申请",
        "！？", // no tokens at all: lunr then returns every document with score 0
    ];

    public LunrComparisonFixture()
    {
        Documents = [.. ContentLoader.Load(RepoPaths.Content).Reports.Select(FromReport), .. EdgeDocuments()];
        var indexPath = Path.Combine(Path.GetTempPath(), $"sitegen-lunr-{Guid.NewGuid():N}.json");
        try
        {
            using (var file = File.Create(indexPath))
            {
                LunrIndexWriter.Write(file, Documents);
            }

            IndexJson = File.ReadAllText(indexPath);
            Result = RunNode(indexPath);
        }
        finally
        {
            File.Delete(indexPath);
        }
    }

    public IReadOnlyList<LunrDocument> Documents { get; }

    public string IndexJson { get; }

    public NodeResult Result { get; }

    /// <summary>The seeds as the build exports them, so the test covers what the site ships.</summary>
    public static LunrDocument FromReport(Report report) => LunrDocuments.From(SearchDocumentBuilder.Build(report, 0));

    public static string[] Terms(string text) => LunrDocuments.Terms(text);

    /// <summary>What the seeds may lack: empty fields, repeated terms, a term in one field only, surrogate pairs,
    /// a numeric ref and terms that are names on JavaScript's Object.prototype.</summary>
    private static IEnumerable<LunrDocument> EdgeDocuments()
    {
        LunrDocument Doc(string id, string title, string agency, string body) => new(id, Terms(title), Terms(agency), Terms(body));

        yield return Doc("edge/empty-title", "", "测试机关", "复议复议复议，复议。申请 申请 申请 行政复议");
        yield return Doc("edge/title-only", "鼋鼍", "", "");

        // 𠀀 is U+20000 (UTF-16 D840 DC00) and 﨎 U+FA0E: ordinal order puts 𠀀 first, code point order 﨎 first.
        yield return Doc("edge/surrogates", "𠀀𠀁𠀂", "﨎﨏", "𠀀 﨎 行政复议 𪚥 𪚥𪚥");
        yield return Doc("edge/blank", "", "", "");
        yield return Doc("7", "constructor hasOwnProperty __proto__ toString", "2024", "valueOf 2024 2024 申请");
    }

    private NodeResult RunNode(string indexPath)
    {
        const string Setup = "run `npm ci --prefix tests/js` (tests/js/package-lock.json pins lunr 2.3.9)";
        if (!File.Exists(Path.Combine(JsFolder, "node_modules", "lunr", "lunr.js")))
        {
            throw new InvalidOperationException($"lunr.js is not installed in {JsFolder}/node_modules: {Setup}.");
        }

        var input = new
        {
            indexPath,
            docs = Documents.Select(d => new { id = d.Ref, title = d.Title, agency = d.Agency, body = d.Body }),
            queries = Queries.Select(Terms),
        };
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = JsFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(JsFolder, "lunr-compare.js"));

        Process node;
        try
        {
            node = Process.Start(start)!;
        }
        catch (Win32Exception e)
        {
            throw new InvalidOperationException($"node (Node.js) is required to check the lunr index ({e.Message}): install Node.js, then {Setup}.", e);
        }

        using (node)
        {
            var stdout = node.StandardOutput.ReadToEndAsync();
            var stderr = node.StandardError.ReadToEndAsync();
            node.StandardInput.Write(JsonSerializer.Serialize(input));
            node.StandardInput.Close();
            if (!node.WaitForExit(TimeSpan.FromMinutes(2)))
            {
                node.Kill(entireProcessTree: true);
                throw new TimeoutException("lunr-compare.js did not finish in 2 minutes");
            }

            if (node.ExitCode != 0 || stderr.Result.Length > 0)
            {
                // lunr.Index.load reports a version mismatch on stderr (lunr.utils.warn) and goes on.
                throw new InvalidOperationException($"lunr-compare.js exited with {node.ExitCode}:\n{stderr.Result}");
            }

            return JsonSerializer.Deserialize<NodeResult>(stdout.Result)!;
        }
    }

    public sealed record Hit([property: JsonPropertyName("ref")] string Ref, [property: JsonPropertyName("score")] double Score);

    public sealed record NodeResult(
        [property: JsonPropertyName("loaded")] List<List<Hit>> Loaded,
        [property: JsonPropertyName("built")] List<List<Hit>> Built,
        [property: JsonPropertyName("ours")] string Ours,
        [property: JsonPropertyName("lunrs")] string Lunrs,
        [property: JsonPropertyName("alteredByTokenizer")] List<string> AlteredByTokenizer);
}
