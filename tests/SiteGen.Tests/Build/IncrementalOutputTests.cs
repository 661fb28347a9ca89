using System.Security.Cryptography;
using SiteGen.Core.Output;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Build;

/// <summary>
/// Issue 8: a build rewrites only the files whose bytes change. Each file's birth and modification times tell whether it
/// was touched; its bytes tell whether it had to be.
/// </summary>
public sealed class IncrementalOutputTests
{
    [Fact]
    public void A_second_build_with_nothing_changed_writes_nothing()
    {
        using var site = TestSite.FromRepositoryContent();
        Assert.Equal(0, site.Build().Changes.Unchanged);
        var before = Touches(site.Output);

        var result = site.Build();

        Assert.Equal(new OutputChanges(0, before.Count - 1, 0), result.Changes);
        Assert.Equal(before, Touches(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output*"));
    }

    [Fact]
    public void An_edit_rewrites_exactly_the_files_whose_bytes_changed()
    {
        using var site = TestSite.FromRepositoryContent();
        site.Build();
        var touches = Touches(site.Output);
        var bytes = Contents(site.Output);
        var file = Path.Combine(site.Content, "henan", "zhoukou-zjj-2024.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("penalties: 85", "penalties: 86"));

        var result = site.Build();

        var after = Contents(site.Output);
        var differ = after.Keys.Where(p => !bytes.TryGetValue(p, out var old) || old != after[p]).ToHashSet();
        var touched = Touches(site.Output).Where(t => !touches.TryGetValue(t.Key, out var old) || old != t.Value).Select(t => t.Key).ToHashSet();
        Assert.Contains("reports/zhoukou-zjj/2024/index.html", differ);
        Assert.DoesNotContain("reports/xinxiang-zjj/2021/index.html", differ);
        Assert.Equal(differ.Order(), touched.Where(p => p != OutputFolder.Marker).Order());
        Assert.Equal(differ.Count, result.Changes.Written);
        Assert.Equal(0, result.Changes.Removed);
    }

    /// <summary>
    /// In place (an edit under serve), the output starts from the last build's table of files: a file neither made nor
    /// kept stays, a file made again is written if its bytes changed, one is removed only when asked, and two files at
    /// one path are still refused.
    /// </summary>
    [Fact]
    public void In_place_a_file_stays_unless_made_again_or_removed()
    {
        var dir = Directory.CreateTempSubdirectory("sitegen-inplace-").FullName;
        try
        {
            BuiltFiles first;
            using (var output = OutputFolder.Open(dir, null, out _)!)
            {
                output.WriteText("a.txt", "A");
                output.WriteText("b/b.txt", "B");
                output.WriteText("c/c.txt", "C");
                output.Commit();
                first = output.Manifest;
            }

            BuiltFiles second;
            using (var output = OutputFolder.Open(dir, first, out _, inPlace: true)!)
            {
                Assert.True(output.InPlace);
                output.WriteText("b/b.txt", "B2");
                output.Remove("c/c.txt");

                Assert.Equal(new OutputChanges(1, 1, 1), output.Commit());
                second = output.Manifest;
            }

            Assert.Equal("A", File.ReadAllText(Path.Combine(dir, "a.txt")));
            Assert.Equal("B2", File.ReadAllText(Path.Combine(dir, "b", "b.txt")));
            Assert.False(Directory.Exists(Path.Combine(dir, "c")));
            Assert.Equal(["a.txt", "b/b.txt"], second.Stamps.Keys.Order(StringComparer.Ordinal));
            Assert.Equal(["a.txt", "b/b.txt"], OutputManifest.Read(Path.Combine(dir, OutputFolder.Marker)).Keys.Order(StringComparer.Ordinal));

            using var again = OutputFolder.Open(dir, second, out _, inPlace: true)!;
            again.WriteText("a.txt", "A");
            Assert.Throws<InvalidOperationException>(() => again.WriteText("a.txt", "A"));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_removed_report_takes_its_files_and_empty_folders_with_it()
    {
        using var site = TestSite.FromRepositoryContent();
        site.Build();
        File.Delete(Path.Combine(site.Content, "henan", "xinxiang-zjj-2021.md"));

        var result = site.Build();

        Assert.True(result.Changes.Removed > 0);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "reports", "xinxiang-zjj")));
        Assert.True(File.Exists(Path.Combine(site.Output, "reports", "zhoukou-zjj", "2024", "index.html")));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output*"));
    }

    [Fact]
    public void A_file_deleted_from_the_output_by_hand_comes_back()
    {
        using var site = TestSite.FromRepositoryContent();
        site.Build();
        File.Delete(Path.Combine(site.Output, "index.html"));

        var result = site.Build();

        Assert.Equal(1, result.Changes.Written);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void A_folder_from_before_manifests_is_replaced_whole()
    {
        using var site = TestSite.FromRepositoryContent();
        site.WriteFile("output/" + OutputFolder.Marker, "Built by SiteGen. This folder is replaced whole by each build.\n");
        site.WriteFile("output/reports/gone/2020/index.html", "an old page");

        site.Build();

        Assert.False(Directory.Exists(Path.Combine(site.Output, "reports", "gone")));
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output*"));
    }

    /// <summary>
    /// Each file's birth and modification times, to the tick: a rewrite changes the second, a replacing rename both.
    /// </summary>
    private static Dictionary<string, (DateTime Born, DateTime Modified)> Touches(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(root, f).Replace('\\', '/'),
            f => (File.GetCreationTimeUtc(f), File.GetLastWriteTimeUtc(f)));

    private static Dictionary<string, string> Contents(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != OutputFolder.Marker)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
}
