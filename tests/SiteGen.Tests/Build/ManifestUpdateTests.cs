using System.Text;
using FsCheck;
using FsCheck.Fluent;
using SiteGen.Core.Output;

namespace SiteGen.Tests.Build;

/// <summary>
/// An edit under serve writes the manifest again with only the changed files' lines formatted (issue 8: one edit in
/// under 1 s at 10,000 reports); the bytes must be exactly those of the whole manifest formatted again.
/// </summary>
public sealed class ManifestUpdateTests
{
    private static readonly Gen<string> PathGen =
        from folder in Gen.Elements("reports/ah-01", "reports/zj-02", "data", "search/t", "年报")
        from name in Gen.Choose(0, 400)
        from ext in Gen.Elements(".html", ".csv", ".json")
        select $"{folder}/{name}{ext}";

    private static readonly Gen<FileStamp> StampGen =
        from length in Gen.Elements(0L, 9L, 10L, 99_999L, 100_000L, 83_385_209L)
        from high in Gen.Choose(0, int.MaxValue)
        from low in Gen.Choose(int.MinValue, int.MaxValue)
        select new FileStamp(length, ((ulong)(uint)high << 32) | (uint)low);

    [Fact]
    public void An_updated_manifest_is_the_whole_manifest_formatted_again()
    {
        var gen =
            from paths in Gen.NonEmptyListOf(PathGen).Select(l => l.Distinct().ToArray())
            from stamps in Gen.ArrayOf(StampGen, paths.Length)
            from picks in Gen.ArrayOf(Gen.Choose(0, paths.Length - 1))
            from changes in Gen.ArrayOf(StampGen, picks.Length)
            select (paths, stamps, picks, changes);
        var property = Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var order = OutputManifest.Order(c.paths);
            var before = c.paths.Zip(c.stamps).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
            var after = new Dictionary<string, FileStamp>(before, StringComparer.Ordinal);
            for (var i = 0; i < c.picks.Length; i++)
            {
                after[c.paths[c.picks[i]]] = c.changes[i];
            }

            var changed = c.picks.Select(i => c.paths[i]).ToList();
            var updated = OutputManifest.Update(OutputManifest.Format(before, order), after, order, changed);
            var whole = OutputManifest.Format(after, order);

            Assert.Equal(Encoding.UTF8.GetString(whole.Span), Encoding.UTF8.GetString(updated.Span));
            Assert.Equal(whole.LineStarts, updated.LineStarts);
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true), property);
    }

    [Fact]
    public void Each_line_starts_where_the_manifest_says()
    {
        var files = new Dictionary<string, FileStamp>(StringComparer.Ordinal) { ["b/年报.html"] = new(12, 0xAB), ["a.csv"] = new(3, 1) };
        var order = OutputManifest.Order(files.Keys);

        var manifest = OutputManifest.Format(files, order);

        var text = manifest.Span.ToArray();
        Assert.Equal(order.Length + 1, manifest.LineStarts.Length);
        Assert.Equal(manifest.Length, manifest.LineStarts[^1]);
        for (var i = 0; i < order.Length; i++)
        {
            var line = Encoding.UTF8.GetString(text[manifest.LineStarts[i]..manifest.LineStarts[i + 1]]);
            Assert.EndsWith("\t" + order[i] + "\n", line, StringComparison.Ordinal);
        }
    }
}
