using System.Text;
using SiteGen.Core.Output;

namespace SiteGen.Tests.Build;

/// <summary>
/// A data file of tens of MB (a year's long table) is offered as parts made while it is written, so that it is never
/// whole in memory (issue 8): the written bytes must be the parts joined, an unchanged file must not be written again,
/// and a changed one must be.
/// </summary>
public sealed class PartsWriteTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("sitegen-parts-").FullName;

    private string Target => Path.Combine(_root, "output");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>Parts of the given texts, as many as the write asks for, each pass counted; 300 KB in all, past one
    /// gathering write's batch.</summary>
    private sealed class CountedParts(params string[] texts)
    {
        public int Passes { get; private set; }

        public IEnumerable<byte[]> Make()
        {
            Passes++;
            for (var i = 0; i < 3000; i++)
            {
                yield return Encoding.UTF8.GetBytes($"{i},{texts[i % texts.Length]}\n".PadRight(100, ' '));
            }
        }

        public byte[] Joined() => [.. Make().SelectMany(p => p)];
    }

    private (OutputChanges Changes, BuiltFiles Manifest) Build(CountedParts parts, BuiltFiles? last, bool editing = false)
    {
        using var output = OutputFolder.Open(Target, last, out var refusal) ?? throw new InvalidOperationException(refusal);
        output.Write("data/cells-2024.csv", parts.Make, likelyChanged: editing);
        output.Write("index.html", "<!doctype html>"u8);
        var changes = output.Commit();
        return (changes, output.Manifest);
    }

    [Fact]
    public void A_new_file_is_made_once_and_written_as_its_parts_joined()
    {
        var parts = new CountedParts("甲", "乙");

        var (changes, _) = Build(parts, null);

        Assert.Equal(1, parts.Passes);
        Assert.Equal(2, changes.Written);
        Assert.Equal(parts.Joined(), File.ReadAllBytes(Path.Combine(Target, "data", "cells-2024.csv")));
    }

    [Fact]
    public void An_unchanged_file_is_only_digested_and_a_changed_one_written_again()
    {
        var (_, manifest) = Build(new CountedParts("甲", "乙"), null);
        var file = Path.Combine(Target, "data", "cells-2024.csv");
        var written = File.GetLastWriteTimeUtc(file);

        var same = new CountedParts("甲", "乙");
        var (unchanged, manifestAgain) = Build(same, manifest);

        Assert.Equal(new OutputChanges(0, 2, 0), unchanged);
        Assert.Equal(1, same.Passes);
        Assert.Equal(written, File.GetLastWriteTimeUtc(file));

        var edited = new CountedParts("甲", "丙");
        var (changed, _) = Build(edited, manifestAgain);

        Assert.Equal(new OutputChanges(1, 1, 0), changed);
        Assert.Equal(2, edited.Passes);
        Assert.Equal(edited.Joined(), File.ReadAllBytes(file));
    }

    /// <summary>Under serve a data file is made again because an edit touched it: it is made once, written as it is
    /// digested, and left as it was if its bytes turn out the same.</summary>
    [Fact]
    public void A_file_made_again_for_an_edit_is_made_once_either_way()
    {
        var (_, manifest) = Build(new CountedParts("甲", "乙"), null);
        var file = Path.Combine(Target, "data", "cells-2024.csv");
        var written = File.GetLastWriteTimeUtc(file);

        var same = new CountedParts("甲", "乙");
        var (unchanged, manifestAgain) = Build(same, manifest, editing: true);

        Assert.Equal(new OutputChanges(0, 2, 0), unchanged);
        Assert.Equal(1, same.Passes);
        Assert.Equal(written, File.GetLastWriteTimeUtc(file));

        var edited = new CountedParts("丙", "乙");
        var (changed, _) = Build(edited, manifestAgain, editing: true);

        Assert.Equal(new OutputChanges(1, 1, 0), changed);
        Assert.Equal(1, edited.Passes);
        Assert.Equal(edited.Joined(), File.ReadAllBytes(file));
    }
}
