using System.Diagnostics;
using System.Text.Json;
using SiteGen.Core.Content;
using SiteGen.Core.Search;
using SiteGen.Core.Search.Lunr;
using SiteGen.Tests.Html;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>The built site ships search/lunr-index.json, and stock lunr.js 2.3.9 loads and queries it.</summary>
public sealed class SiteLunrExportTests(SeedSiteFixture site) : IClassFixture<SeedSiteFixture>
{
    [Fact]
    public void The_site_exports_the_search_documents_and_lunr_js_queries_them()
    {
        var path = Path.Combine(site.Output, "search", "lunr-index.json");
        var documents = ContentLoader.Load(RepoPaths.Content).Reports.Select(SearchDocumentBuilder.Build).Select(LunrDocuments.From).ToList();
        using (var expected = new MemoryStream())
        {
            LunrIndexWriter.Write(expected, documents);
            Assert.Equal(expected.ToArray(), File.ReadAllBytes(path));
        }

        var program = "const lunr=require('lunr');const idx=lunr.Index.load(require(process.argv[1]));" +
                      "const r=idx.query(q=>q.term(['复议'],{presence:lunr.Query.presence.REQUIRED,usePipeline:false}));" +
                      "process.stdout.write(JSON.stringify(r.map(x=>x.ref)));";
        var start = new ProcessStartInfo("node") { WorkingDirectory = Path.Combine(RepoPaths.Root, "tests", "js"), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add(program);
        start.ArgumentList.Add(path);
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEnd();
        var error = node.StandardError.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, $"{error} (run `npm ci --prefix tests/js` if lunr is missing)");

        var found = JsonSerializer.Deserialize<string[]>(output)!;
        var expectedRefs = documents.Where(d => d.Title.Concat(d.Agency).Concat(d.Body).Contains("复议")).Select(d => d.Ref);
        Assert.NotEmpty(found);
        Assert.Equal(expectedRefs.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
    }
}
