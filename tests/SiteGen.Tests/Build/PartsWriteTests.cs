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

    /// <summary>A one-off build digests a file the output has before making it again to write it; under serve a data
    /// file is made again because an edit touched it, so it is made once and written as it is digested. Either way an
    /// unchanged file is left as it was.</summary>
    [Theory]
    [InlineData(false, 2)]
    [InlineData(true, 1)]
    public void An_unchanged_file_is_left_as_it_was_and_a_changed_one_written_again(bool editing, int passesWhenChanged)
    {
        var (_, manifest) = Build(new CountedParts("甲", "乙"), null);
        var file = Path.Combine(Target, "data", "cells-2024.csv");
        var written = File.GetLastWriteTimeUtc(file);

        var same = new CountedParts("甲", "乙");
        var (unchanged, manifestAgain) = Build(same, manifest, editing);

        Assert.Equal(new OutputChanges(0, 2, 0), unchanged);
        Assert.Equal(1, same.Passes);
        Assert.Equal(written, File.GetLastWriteTimeUtc(file));

        var edited = new CountedParts("甲", "丙");
        var (changed, _) = Build(edited, manifestAgain, editing);

        Assert.Equal(new OutputChanges(1, 1, 0), changed);
        Assert.Equal(passesWhenChanged, edited.Passes);
        Assert.Equal(edited.Joined(), File.ReadAllBytes(file));
    }

    /// <summary>A part that cannot be made fails the write with its own error, and the output keeps its last build.</summary>
    [Fact]
    public void A_part_that_cannot_be_made_fails_the_write_with_its_own_error()
    {
        var (_, manifest) = Build(new CountedParts("甲", "乙"), null);
        var file = Path.Combine(Target, "data", "cells-2024.csv");
        var before = File.ReadAllBytes(file);

        IEnumerable<byte[]> Failing()
        {
            foreach (var part in new CountedParts("丙").Make().Take(2000))
            {
                yield return part;
            }

            throw new InvalidOperationException("a report's rows could not be made");
        }

        using (var output = OutputFolder.Open(Target, manifest, out var refusal) ?? throw new InvalidOperationException(refusal))
        {
            var error = Assert.Throws<InvalidOperationException>(() => output.Write("data/cells-2024.csv", Failing, likelyChanged: true));
            Assert.Equal("a report's rows could not be made", error.Message);
        }

        Assert.Equal(before, File.ReadAllBytes(file));
    }
}
