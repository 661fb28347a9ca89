using System.Text;

namespace SiteGen.Core.Search.Index;

/// <summary>One term in one document: its count in each field, and the positions the index keeps.</summary>
internal sealed class TermInDocument
{
    public int[] Frequencies { get; } = new int[SearchFields.Names.Count];

    public List<int> Positions { get; } = [];
}

/// <summary>One document's terms, field lengths, and each field's Han runs (for the frequent phrases).</summary>
internal sealed record AnalyzedDocument(int[] FieldLengths, Dictionary<string, TermInDocument> Terms, string[][] Runs);

/// <summary>
/// Splits a search document into indexed terms. Positions run through the fields in order with a gap between them
/// (<see cref="FieldGap"/>), so a phrase never matches across two fields.
/// </summary>
internal static class DocumentAnalyzer
{
    public const int FieldGap = 2;

    /// <summary>How often each frequent phrase stands in each field of a document; phrases keep no positions.</summary>
    /// <param name="phrases">Every frequent phrase (a phrase's prefix is frequent if it is, which ends the scan early).</param>
    /// <param name="stored">The phrases that get postings of their own (the closed ones).</param>
    public static Dictionary<string, TermInDocument> Phrases(string[][] runs, HashSet<string> phrases, HashSet<string> stored)
    {
        var found = new Dictionary<string, TermInDocument>(StringComparer.Ordinal);
        var lookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var f = 0; f < runs.Length; f++)
        {
            foreach (var run in runs[f])
            {
                for (var i = 0; i + PhraseMiner.MinLength <= run.Length; i++)
                {
                    for (var length = PhraseMiner.MinLength; length <= PhraseMiner.MaxLength && i + length <= run.Length; length++)
                    {
                        if (!lookup.TryGetValue(run.AsSpan(i, length), out var phrase))
                        {
                            break; // a longer phrase has this one as its prefix: if this is not frequent, none is
                        }

                        if (!stored.Contains(phrase))
                        {
                            continue;
                        }

                        if (!found.TryGetValue(phrase, out var entry))
                        {
                            found[phrase] = entry = new TermInDocument();
                        }

                        entry.Frequencies[f]++;
                    }
                }
            }
        }

        return found;
    }

    public static AnalyzedDocument Analyze(SearchDocument document)
    {
        var fields = document.FieldTexts;
        var lengths = new int[fields.Count];
        var terms = new Dictionary<string, TermInDocument>(StringComparer.Ordinal);
        var runs = new string[fields.Count][];
        var offset = 0;
        for (var f = 0; f < fields.Count; f++)
        {
            var normalized = fields[f].Normalize(NormalizationForm.FormKC);
            runs[f] = [.. PhraseMiner.HanRuns(normalized)];
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

        return new AnalyzedDocument(lengths, terms, runs);
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
