using System.Text;

namespace SiteGen.Core.Search.Index;

/// <summary>One term in one document: its count in each field, and the positions the index keeps.</summary>
internal sealed class TermInDocument
{
    public int[] Frequencies { get; } = new int[SearchFields.Names.Count];

    public List<int> Positions { get; } = [];
}

/// <summary>One document's terms and field lengths, as the index builder needs them.</summary>
internal sealed record AnalyzedDocument(int[] FieldLengths, Dictionary<string, TermInDocument> Terms);

/// <summary>
/// Splits a search document into indexed terms. Positions run through the fields in order with a gap between them
/// (<see cref="FieldGap"/>), so a phrase never matches across two fields.
/// </summary>
internal static class DocumentAnalyzer
{
    public const int FieldGap = 2;

    public static AnalyzedDocument Analyze(SearchDocument document)
    {
        var fields = document.FieldTexts;
        var lengths = new int[fields.Count];
        var terms = new Dictionary<string, TermInDocument>(StringComparer.Ordinal);
        var offset = 0;
        for (var f = 0; f < fields.Count; f++)
        {
            var normalized = fields[f].Normalize(NormalizationForm.FormKC);
            foreach (var token in IndexedTerms.Of(normalized))
            {
                if (!terms.TryGetValue(token.Term, out var entry))
                {
                    terms[token.Term] = entry = new TermInDocument();
                }

                entry.Frequencies[f]++;
                if (token.KeepPosition)
                {
                    entry.Positions.Add(offset + token.Position);
                }

                // BM25's field length counts the tokenizer's tokens, not the extra characters the index keeps.
                if (token.Counts)
                {
                    lengths[f]++;
                }
            }

            offset += CodePoints(normalized) + FieldGap;
        }

        foreach (var entry in terms.Values)
        {
            entry.Positions.Sort();
        }

        return new AnalyzedDocument(lengths, terms);
    }

    private static int CodePoints(string text)
    {
        var count = 0;
        foreach (var _ in text.EnumerateRunes())
        {
            count++;
        }

        return count;
    }
}
