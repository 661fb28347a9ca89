using System.Text;
using SiteGen.Core.Output;

namespace SiteGen.Tests.Build;

/// <summary>
/// Under serve, a number edit writes the year's long table again (83 MB at 10,000 reports); its other reports' parts
/// are copied from the file the output has (issue 8: one edit in under 1 s). The file must come out as if every part
/// were made again, and nothing may be copied from a file that is no longer the one written.
/// </summary>
public sealed class SourcedPartsWriteTests : IDisposable
{
    private const string Route = "data/cells-2024.csv";
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-sourced-").FullName;

    private string Target => Path.Combine(_root, "output");

    private string File_ => Path.Combine(Target, "data", "cells-2024.csv");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>A report stand-in: an object whose part is its text, each making counted.</summary>
    private sealed class Source(string text)
    {
        public string Text { get; } = text;
    }

    private sealed class Parts(IReadOnlyList<Source> sources, int lines = 50)
    {
        public List<string> Made { get; } = [];

        public IEnumerable<FilePart> Make()
        {
            yield return new FilePart(null, () => "header\n"u8.ToArray());
            foreach (var source in sources)
            {
                yield return new FilePart(source, () =>
                {
                    Made.Add(source.Text);
                    return Part(source);
                });
            }
        }

        public byte[] Joined() => [.. "header\n"u8.ToArray(), .. sources.SelectMany(Part)];

        // A source's text in "(…)" makes it a part of its own size: 甲(300000) is 300,000 lines.
        private byte[] Part(Source source)
        {
            var count = source.Text.EndsWith(')') ? int.Parse(source.Text[(source.Text.IndexOf('(') + 1)..^1], System.Globalization.CultureInfo.InvariantCulture) : lines;
            return Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(source.Text + ",1\n", count)));
        }
    }

    private BuiltFiles Build(Parts parts, BuiltFiles? last, bool editing)
    {
        using var output = OutputFolder.Open(Target, last, out var refusal) ?? throw new InvalidOperationException(refusal);
        output.Write(Route, parts.Make, likelyChanged: editing);
        output.Commit();
        return output.Manifest;
    }

    private static List<Source> Sources(params string[] texts) => [.. texts.Select(t => new Source(t))];

    [Fact]
    public void An_edit_makes_only_the_edited_sources_part_and_copies_the_rest()
    {
        var sources = Sources("甲机关", "乙", "丙机关丙", "丁");
        var manifest = Build(new Parts(sources), null, editing: false);

        sources[2] = new Source("丙机关（改）");
        var edited = new Parts(sources);
        manifest = Build(edited, manifest, editing: true);

        Assert.Equal(["丙机关（改）"], edited.Made);
        Assert.Equal(edited.Joined(), File.ReadAllBytes(File_));

        // And again from the file that edit wrote: the layout follows the new bytes.
        sources[0] = new Source("甲");
        var again = new Parts(sources);
        Build(again, manifest, editing: true);

        Assert.Equal(["甲"], again.Made);
        Assert.Equal(again.Joined(), File.ReadAllBytes(File_));
    }

    /// <summary>Parts past the copy buffer's 1 MB, on their own and together, copied and made.</summary>
    [Fact]
    public void Parts_larger_than_the_copy_buffer_are_copied_and_made_whole()
    {
        var sources = Sources("大(100000)", "小", "中(20000)", "中(20001)", "中(20002)", "大(120000)", "尾");
        var manifest = Build(new Parts(sources), null, editing: false);
        Assert.True(new FileInfo(File_).Length > 3 << 20);

        sources[5] = new Source("大(120001)");
        sources[1] = new Source("小（改）");
        var edited = new Parts(sources);
        Build(edited, manifest, editing: true);

        Assert.Equal(["小（改）", "大(120001)"], edited.Made);
        Assert.Equal(edited.Joined(), File.ReadAllBytes(File_));
    }

    [Fact]
    public void Reports_in_another_order_or_a_new_report_are_still_written_right()
    {
        var sources = Sources("甲", "乙", "丙");
        var manifest = Build(new Parts(sources), null, editing: false);

        List<Source> reordered = [sources[2], new Source("新"), sources[0]];
        var parts = new Parts(reordered);
        Build(parts, manifest, editing: true);

        Assert.Equal(["新"], parts.Made);
        Assert.Equal(parts.Joined(), File.ReadAllBytes(File_));
    }

    [Fact]
    public void Nothing_is_copied_from_a_file_changed_since_it_was_written()
    {
        var sources = Sources("甲", "乙", "丙");
        var manifest = Build(new Parts(sources), null, editing: false);
        var bytes = File.ReadAllBytes(File_);
        bytes[10] = (byte)'X'; // the same length, another time
        File.WriteAllBytes(File_, bytes);
        File.SetLastWriteTimeUtc(File_, File.GetLastWriteTimeUtc(File_).AddSeconds(5));

        sources[1] = new Source("乙（改）");
        var parts = new Parts(sources);
        Build(parts, manifest, editing: true);

        Assert.Equal(["甲", "乙（改）", "丙"], parts.Made);
        Assert.Equal(parts.Joined(), File.ReadAllBytes(File_));
    }

    [Fact]
    public void A_one_off_build_makes_every_part()
    {
        var sources = Sources("甲", "乙");
        Build(new Parts(sources), null, editing: false);

        var parts = new Parts(sources);
        var manifest = Build(parts, null, editing: false);

        Assert.Equal(["甲", "乙"], parts.Made);
        Assert.Equal(parts.Joined(), File.ReadAllBytes(File_));
        Assert.True(manifest.Layouts.ContainsKey(Route));
    }
}
