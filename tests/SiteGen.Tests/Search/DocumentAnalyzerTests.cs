using System.Text;
using SiteGen.Core.Content;
using SiteGen.Core.Search;
using SiteGen.Core.Search.Index;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>
/// The analyzer the index is built with (one pass over the runes, terms as integer keys) finds exactly the terms,
/// counts and kept positions that <see cref="IndexedTerms"/> describes, on every seed report, and counts the field
/// lengths BM25 uses as the tokenizer's tokens.
/// </summary>
public sealed class DocumentAnalyzerTests
{
    [Fact]
    public void Agrees_with_IndexedTerms_on_the_seeds()
    {
        var table = new TermTable(PhraseSet.Empty);
        var analyzer = new DocumentAnalyzer(table, PostingAccumulator.Partitions);
        foreach (var document in ContentLoader.Load(RepoPaths.Content).Reports.Select(SearchDocumentBuilder.Build))
        {
            var analyzed = analyzer.Analyze(document);
            var actual = Enumerable.Range(0, analyzed.Count).ToDictionary(
                i => TermKey.Text(analyzed.Keys[i], table),
                i => (string.Join(",", analyzed.Frequencies(i).ToArray()), string.Join(",", analyzed.Positions(i).ToArray())));

            var expected = new Dictionary<string, (int[] Counts, List<int> Positions)>();
            var lengths = new int[3];
            var offset = 0;
            for (var f = 0; f < 3; f++)
            {
                var text = document.FieldTexts[f].Normalize(NormalizationForm.FormKC);
                foreach (var token in IndexedTerms.Of(text))
                {
                    if (!expected.TryGetValue(token.Term, out var entry))
                    {
                        expected[token.Term] = entry = (new int[3], []);
                    }

                    entry.Counts[f]++;
                    if (token.KeepPosition)
                    {
                        entry.Positions.Add(offset + token.Position);
                    }

                    lengths[f] += token.Counts ? 1 : 0;
                }

                offset += text.EnumerateRunes().Count() + DocumentAnalyzer.FieldGap;
            }

            Assert.Equal(lengths, analyzed.FieldLengths);
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
            foreach (var (term, (counts, positions)) in expected)
            {
                Assert.Equal((string.Join(",", counts), string.Join(",", positions.Order())), actual[term]);
            }
        }
    }
}
