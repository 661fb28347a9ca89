using FsCheck;
using FsCheck.Fluent;
using SiteGen.Core.Search.Index;

namespace SiteGen.Tests.Search;

/// <summary>
/// The frequent phrases are found with an Aho-Corasick automaton (one step a character); every phrase occurrence must
/// come out exactly as a search for each phrase at each position would find it, since the index counts them.
/// </summary>
public sealed class PhraseTrieTests
{
    // Few characters, so that phrases overlap, nest and share suffixes the way template text's do.
    private static readonly Gen<string> Word =
        from length in Gen.Choose(PhraseMiner.MinLength, PhraseMiner.MaxLength)
        from chars in Gen.ArrayOf(Gen.Elements('政', '府', '信', '息', '公', '开'), length)
        select new string(chars);

    [Fact]
    public void Finds_every_occurrence_of_every_phrase_and_nothing_else()
    {
        var gen =
            from phrases in Gen.NonEmptyListOf(Word).Select(l => l.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray())
            from text in Gen.ArrayOf(Gen.Elements('政', '府', '信', '息', '公', '开', '年'), 60).Select(c => new string(c))
            select (phrases, text);
        var property = Prop.ForAll(gen.ToArbitrary(), c =>
        {
            var trie = new PhraseTrie(c.phrases);
            var found = new List<(int End, int Id)>();
            var node = 0;
            for (var i = 0; i < c.text.Length; i++)
            {
                node = trie.Next(node, c.text[i]);
                for (var end = trie.PhraseAt(node) >= 0 ? node : trie.Output(node); end > 0; end = trie.Output(end))
                {
                    found.Add((i, trie.PhraseAt(end)));
                }
            }

            var expected = new List<(int End, int Id)>();
            for (var id = 0; id < c.phrases.Length; id++)
            {
                for (var at = c.text.IndexOf(c.phrases[id], StringComparison.Ordinal); at >= 0; at = c.text.IndexOf(c.phrases[id], at + 1, StringComparison.Ordinal))
                {
                    expected.Add((at + c.phrases[id].Length - 1, id));
                }
            }

            Assert.Equal(expected.Order(), found.Order());
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true), property);
    }
}
