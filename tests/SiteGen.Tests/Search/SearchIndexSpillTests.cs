using SiteGen.Core.Content;
using SiteGen.Core.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>
/// A one-off build keeps what it does not need in memory in a temporary file (issue 8's memory goal). It moves the grown part of its posting lists to a temporary file while it collects terms
/// (<see cref="ShardedIndexOptions.SpillAbove"/>, issue 8's memory goal). Read back in pieces, the lists must give the
/// very files they give when they stay in memory: here every list is spilled after every small batch, so each is cut
/// into many pieces, and files of every kind are written (inline and large terms, position chunks, first pages).
/// </summary>
public sealed class SearchIndexSpillTests
{
    /// <param name="spillAbove">0: a spill after every batch; more: only once the lists in memory grow past it, which
    /// the build counts as batches add to them.</param>
    [Theory]
    [InlineData(false, 1, 0)]
    [InlineData(false, 200, 0)]
    [InlineData(true, 1, 0)]
    [InlineData(true, 64, 0)]
    [InlineData(false, 64, 400_000)]
    public void Spilled_postings_give_the_same_files_as_postings_kept_in_memory(bool tinyFiles, int spillListsFrom, long spillAbove)
    {
        var seeds = ContentLoader.Load(RepoPaths.Content).Reports.Select(SearchDocumentBuilder.Build).ToList();
        var documents = Enumerable.Range(0, seeds.Count * 40).Select(i => seeds[i % seeds.Count] with { Number = i }).ToList();
        var options = (tinyFiles ? SearchEngineTests.Tiny : new ShardedIndexOptions()) with { Batch = 7 };

        var inMemory = Build(documents, options with { SpillAbove = null });
        var spilled = Build(documents, options with { SpillAbove = spillAbove, SpillListsFrom = spillListsFrom });

        Assert.Contains(inMemory.Keys, p => p.StartsWith("search/p/", StringComparison.Ordinal));
        Assert.Equal(inMemory.Keys.Order(StringComparer.Ordinal), spilled.Keys.Order(StringComparer.Ordinal));
        var differ = inMemory.Where(f => !f.Value.AsSpan().SequenceEqual(spilled[f.Key])).Select(f => f.Key).ToList();
        Assert.True(differ.Count == 0, $"{differ.Count} files differ when the postings are spilled: {string.Join(", ", differ.Take(10))}");
    }

    /// <summary>
    /// <see cref="SearchIndexState.BuildOnce"/> holds only each document's facts and makes the whole document when it
    /// reads it, then keeps its text in the spill file for the first pages' snippets: the same files as a build given
    /// the whole documents.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_build_that_makes_each_document_when_it_reads_it_writes_the_same_files(bool tinyFiles)
    {
        var reports = ContentLoader.Load(RepoPaths.Content).Reports;
        var numbered = Enumerable.Range(0, reports.Length * 30).Select(i => reports[i % reports.Length]).ToList();
        var whole = numbered.Select(SearchDocumentBuilder.Build).ToList();
        var options = (tinyFiles ? SearchEngineTests.Tiny : new ShardedIndexOptions()) with { Batch = 16 };

        var made = new int[numbered.Count];
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        SearchIndexState.BuildOnce(
            [.. numbered.Select(SearchDocumentBuilder.Facts)],
            n =>
            {
                Interlocked.Increment(ref made[n]);
                return SearchDocumentBuilder.Build(numbered[n], n);
            },
            (p, b) =>
            {
                lock (files)
                {
                    files[p] = b;
                }
            },
            options);

        var expected = Build(whole, options with { SpillAbove = null });
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), files.Keys.Order(StringComparer.Ordinal));
        var differ = expected.Where(f => !f.Value.AsSpan().SequenceEqual(files[f.Key])).Select(f => f.Key).ToList();
        Assert.True(differ.Count == 0, $"{differ.Count} files differ: {string.Join(", ", differ.Take(10))}");

        // Each document is made once for the analysis; the phrase sample (here every document) once more at most.
        Assert.All(made, count => Assert.InRange(count, 1, 2));
    }

    private static Dictionary<string, byte[]> Build(List<SearchDocument> documents, ShardedIndexOptions options)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        SearchIndexState.Build(documents, (p, b) =>
        {
            lock (files)
            {
                files[p] = b;
            }
        }, options, done: null, keepForUpdates: false);
        return files;
    }
}
