using System.Text;
using SiteGen.Core.Content;
using SiteGen.Core.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>
/// <see cref="SearchIndexState.Update"/>, as <c>sitegen serve</c> calls it for an edited report: the files it returns,
/// applied to the full build's, give exactly the files a full rebuild of the edited archive gives (on the same
/// frequent phrases, which an update keeps: docs/search-index.md), it returns no file whose bytes did not change, and
/// the page's engine still finds exactly the reports that contain each query.
/// </summary>
public sealed class SearchIndexUpdateTests
{
    /// <summary>Edits of the kinds an editor makes: a sentence added mid-text, a word replaced, a title changed, a
    /// paragraph removed, text appended, and a filter value changed (facets.json is made again only then), and each
    /// edit undone.</summary>
    private static readonly Func<SearchDocument, SearchDocument>[] Edits =
    [
        d => d with { Body = d.Body.Insert(d.Body.Length / 2, "本机关新增一段说明文字，依申请公开。") },
        d => d with { Body = ReplaceFirst(d.Body, "政府信息", "政务信息") },
        d => d with { Title = d.Title + "（修订稿）" },
        d => d with { Body = d.Body[..(d.Body.Length / 3)] + d.Body[(d.Body.Length * 2 / 3)..] },
        d => d with { Body = d.Body + "\n附：Q&A 2025 年度 第3版" },
        d => d with { Sector = d.Sector + "与交通" },
    ];

    /// <param name="copies">The seeds repeated, so that long posting lists (and their entry points) are edited too.</param>
    [Theory]
    [InlineData(true, 1)]
    [InlineData(false, 1)]
    [InlineData(true, 60)]
    public void Updated_files_equal_a_rebuild_and_only_changed_files_are_returned(bool tinyFiles, int copies)
    {
        var options = tinyFiles ? SearchEngineTests.Tiny : new ShardedIndexOptions();
        var documents = Seeds(copies);
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var state = SearchIndexState.Build(documents, (p, b) => { lock (files) { files[p] = b; } }, options, done: null, keepForUpdates: true);
        var original = documents.ToList();

        for (var e = 0; e < Edits.Length; e++)
        {
            var number = (e * 67) % documents.Count;
            documents[number] = Edits[e](documents[number]);
            Apply(files, state.Update(documents[number]), out var unchanged);
            Assert.True(unchanged.Count == 0, $"edit {e} returned files whose bytes did not change: {string.Join(", ", unchanged.Take(5))}");

            var rebuilt = Rebuild(documents, options, state);
            var differ = rebuilt.Keys.Union(files.Keys).Where(p => !files.TryGetValue(p, out var a) || !rebuilt.TryGetValue(p, out var b) || !a.AsSpan().SequenceEqual(b)).ToList();
            Assert.True(differ.Count == 0, $"after edit {e}, {differ.Count} files differ from a rebuild: {string.Join(", ", differ.Take(10))}");
        }

        // Undoing every edit gives back the original files.
        foreach (var d in Enumerable.Range(0, Edits.Length).Select(e => (e * 67) % documents.Count).Distinct())
        {
            Apply(files, state.Update(original[d]), out _);
        }

        var first = Rebuild(original, options, state);
        Assert.Equal(first.Keys.Order(), files.Keys.Order());
        Assert.All(first, f => Assert.True(f.Value.AsSpan().SequenceEqual(files[f.Key]), f.Key));
    }

    [Fact]
    public void An_edit_touches_few_files()
    {
        var documents = Seeds();
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var state = SearchIndexState.Build(documents, (p, b) => { lock (files) { files[p] = b; } }, SearchEngineTests.Tiny, done: null, keepForUpdates: true);

        // A word replaced near the end of a report: positions before it do not move.
        var document = documents[2];
        var at = document.Body.LastIndexOf("公开", StringComparison.Ordinal);
        var changed = state.Update(document with { Body = document.Body[..at] + "发布" + document.Body[(at + 2)..] });
        Assert.InRange(changed.Count, 3, files.Count / 4);
        Assert.Contains("search/f/2.json", changed.Keys);
        Assert.DoesNotContain(changed.Keys, p => p.StartsWith("search/f/", StringComparison.Ordinal) && p != "search/f/2.json");
    }

    [Fact]
    public void The_engine_finds_exactly_the_reports_that_contain_the_query_after_updates()
    {
        using var site = TestSite.FromRepositoryContent();
        Assert.True(site.Build(o => o with { SearchIndex = SearchEngineTests.Tiny }).Written);
        var documents = Seeds();
        var folder = Path.Combine(site.Output, "search");
        Directory.Delete(folder, true);
        var state = SearchIndexState.Build(documents, (p, b) => Write(site.Output, p, b), SearchEngineTests.Tiny, done: null, keepForUpdates: true);
        for (var e = 0; e < Edits.Length; e++)
        {
            var number = (e * 2) % documents.Count;
            documents[number] = Edits[e](documents[number]);
            foreach (var (path, bytes) in state.Update(documents[number]))
            {
                if (bytes is null)
                {
                    File.Delete(Path.Combine(site.Output, path));
                }
                else
                {
                    Write(site.Output, path, bytes);
                }
            }
        }

        var texts = documents.Select(d => d.FieldTexts.Select(f => f.Normalize(NormalizationForm.FormKC)).ToList()).ToList();
        var queries = SearchEngineTests.Queries(texts).Concat(["新增一段说明", "政务信息", "修订稿", "第3版", "Q&A"]).ToList();
        SearchEngineTests.AssertEngineFindsExactly(site.Output, texts, queries);
    }

    private static List<SearchDocument> Seeds(int copies = 1)
    {
        var seeds = ContentLoader.Load(RepoPaths.Content).Reports.Select(SearchDocumentBuilder.Build).ToList();
        return [.. Enumerable.Range(0, seeds.Count * copies).Select(i => seeds[i % seeds.Count] with { Number = i })];
    }

    private static Dictionary<string, byte[]> Rebuild(List<SearchDocument> documents, ShardedIndexOptions options, SearchIndexState state)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        SearchIndexState.Build(documents, (p, b) => { lock (files) { files[p] = b; } }, options, state.Phrases, done: null, keepForUpdates: false);
        return files;
    }

    private static void Apply(Dictionary<string, byte[]> files, IReadOnlyDictionary<string, byte[]?> changed, out List<string> unchanged)
    {
        unchanged = [];
        foreach (var (path, bytes) in changed)
        {
            if (bytes is null)
            {
                Assert.True(files.Remove(path), $"deleted {path}, which was not there");
                continue;
            }

            if (files.TryGetValue(path, out var old) && old.AsSpan().SequenceEqual(bytes))
            {
                unchanged.Add(path);
            }

            files[path] = bytes;
        }
    }

    private static void Write(string root, string path, byte[] bytes)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return at < 0 ? text : text[..at] + replacement + text[(at + find.Length)..];
    }
}
