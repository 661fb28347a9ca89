using System.Text;
using FsCheck;
using FsCheck.Fluent;
using SiteGen.Core.Content;
using SiteGen.Core.Narrative;
using SiteGen.Core.Validation;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// The seed reports, mutated and truncated at random (FsCheck, 1,000 cases): loading and validating them yields a
/// report or diagnostics, never an unhandled exception, and a file that gives no report always says why.
/// </summary>
public sealed class MutationPropertyTests
{
    private static readonly byte[][] Seeds = [.. Directory.EnumerateFiles(RepoPaths.Content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllBytes)];

    /// <summary>What editors and pastes put into YAML and Markdown by mistake: syntax, huge and negative numbers, encodings.</summary>
    private static readonly string[] Fragments =
    [
        ":", "[", "]", "{", "}", ",", "-", "- ", "#", "&a", "*a", "!!str", "!!binary", "|", ">", "%YAML 1.1", "@", "`", "'", "\"", "\\",
        "\n", "\r\n", "\r", "\t", "  ", "---\n", "...\n", "~", "null", "true", "1e400", "99999999999999999999999999999", "-1", "-0.5",
        "0x1F", "1_000", ".inf", ".nan", "\0", "\uFFFD", "\uFEFF", "\u3000", "：", "，", "【", "<<: *a", "? ", "<script>alert(1)</script>",
        "<table><tr><td colspan=9999>", "[x](javascript:alert(1))", "# ", "|---|", "**", "id: ../../etc", "year: 20240", "format: pre2019",
    ];

    private sealed record Edit(int Kind, int At, int Length, string Fragment, byte Byte);

    private sealed record Mutation(int Seed, Edit[] Edits)
    {
        public override string ToString() => $"seed {Seed}: {string.Join("; ", Edits.Select(e => $"{e.Kind}@{e.At}+{e.Length} '{e.Fragment}' {e.Byte}"))}";
    }

    private static readonly Gen<Edit> EditGen =
        from kind in Gen.Choose(0, 6)
        from at in Gen.Choose(0, 1_000_000)
        from length in Gen.Choose(1, 400)
        from fragment in Gen.Elements(Fragments)
        from b in Gen.Choose(0, 255)
        select new Edit(kind, at, length, fragment, (byte)b);

    private static readonly Gen<Mutation> MutationGen =
        from seed in Gen.Choose(0, Seeds.Length - 1)
        from edits in Gen.ArrayOf(EditGen).Select(e => e.Take(4).ToArray()).Where(e => e.Length > 0)
        select new Mutation(seed, edits);

    private static byte[] Apply(Mutation mutation)
    {
        var bytes = Seeds[mutation.Seed].ToList();
        foreach (var edit in mutation.Edits)
        {
            var at = (int)((long)edit.At * bytes.Count / 1_000_001);
            var length = Math.Min(edit.Length, bytes.Count - at);
            switch (edit.Kind)
            {
                case 0: bytes.RemoveRange(at, bytes.Count - at); break; // truncate
                case 1: bytes.RemoveRange(at, length); break; // cut a span
                case 2: bytes.InsertRange(at, Encoding.UTF8.GetBytes(edit.Fragment)); break; // insert a fragment
                case 3: if (at < bytes.Count) { bytes[at] = edit.Byte; } break; // flip a byte (may break UTF-8)
                case 4: bytes.InsertRange(at, bytes.GetRange(at, length)); break; // duplicate a span (keys, lines)
                case 5:
                    // Replace a number's digits by the fragment: wrong types where numbers are expected.
                    var digit = bytes.FindIndex(at, c => c is >= (byte)'0' and <= (byte)'9');
                    if (digit >= 0)
                    {
                        bytes.RemoveAt(digit);
                        bytes.InsertRange(digit, Encoding.UTF8.GetBytes(edit.Fragment));
                    }

                    break;
                default: bytes.InsertRange(at, Enumerable.Repeat((byte)' ', edit.Length % 8)); break; // indentation
            }
        }

        return [.. bytes];
    }

    [Fact]
    public void Mutated_and_truncated_seeds_give_diagnostics_never_an_exception()
    {
        Assert.NotEmpty(Seeds);
        var cases = 0;
        var refused = 0;
        var property = Prop.ForAll(MutationGen.ToArbitrary(), mutation =>
        {
            cases++;
            var (report, diagnostics) = ReportFileLoader.Parse("content/mutated.md", Apply(mutation));
            Assert.All(diagnostics, d => Assert.True(d.Line >= 0 && d.Column >= 0 && d.Message.Length > 0, d.ToString()));
            if (report is null)
            {
                refused++;
                Assert.Contains(diagnostics, d => d.StopsBuild);
                return;
            }

            _ = ReportValidator.Validate([report]);
            var narrative = NarrativeDocument.Parse(report.Body);
            _ = NarrativeHtml.Render(narrative.Sections.SelectMany(s => s.Blocks), narrative.SectionLevel);
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(1000).WithQuietOnSuccess(true), property);

        Assert.True(cases >= 1000, $"only {cases} cases ran");
        Assert.InRange(refused, 1, cases - 1); // both outcomes are exercised, or the mutations are too tame or too wild
    }
}
