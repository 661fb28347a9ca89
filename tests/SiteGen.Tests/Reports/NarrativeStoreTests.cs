using SiteGen.Core.Content;
using SiteGen.Core.Reports;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Reports;

/// <summary>
/// A one-off build keeps the reports' Markdown bodies in a temporary file between the steps that read them (issue 8's
/// memory goal): every read must give the body exactly as loaded in memory.
/// </summary>
public sealed class NarrativeStoreTests
{
    [Fact]
    public void Bodies_kept_aside_read_back_as_the_files_hold_them()
    {
        using var store = new NarrativeStore();
        var inMemory = ContentLoader.Load(RepoPaths.Content);
        var keptAside = ContentLoader.Load(RepoPaths.Content, bodies: store);

        Assert.NotEmpty(inMemory.Reports);
        Assert.Equal(inMemory.Reports.Select(r => r.SourcePath), keptAside.Reports.Select(r => r.SourcePath));
        foreach (var (memory, aside) in inMemory.Reports.Zip(keptAside.Reports))
        {
            Assert.False(memory.Narrative.IsKeptAside);
            Assert.True(aside.Narrative.IsKeptAside);
            Assert.NotEmpty(memory.Body);
            Assert.Equal(memory.Body, aside.Body);

            // Read again at each call, not held: two reads are two strings.
            Assert.NotSame(aside.Body, aside.Body);
            Assert.Equal(memory.Narrative, aside.Narrative);
            Assert.Equal(memory.Narrative.GetHashCode(), aside.Narrative.GetHashCode());
        }
    }

    [Fact]
    public void Texts_are_equal_by_their_characters_wherever_they_are_kept()
    {
        using var store = new NarrativeStore();
        var kept = store.Keep("一、总体情况\n\n本机关……");

        Assert.Equal(new NarrativeText("一、总体情况\n\n本机关……"), kept);
        Assert.NotEqual(new NarrativeText("一、总体情况\n\n本机关。。"), kept);
        Assert.NotEqual(store.Keep("一、总体情况"), kept);
        Assert.Equal("", store.Keep("").Text);
        Assert.Equal("一、总体情况\n\n本机关……", kept.Text);
    }
}
