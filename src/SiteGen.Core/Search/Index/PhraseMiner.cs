using System.Collections.Concurrent;
using System.Text;

namespace SiteGen.Core.Search.Index;

/// <summary>
/// Finds the frequent phrases of an archive: runs of 3 to 8 Han characters that stand in at least
/// <see cref="MinimumDocuments"/> documents. Such a phrase becomes a term of its own, so a query that is one of them
/// needs that term's documents only, not the positions of its bigrams (the costly part of a phrase query in text
/// where template phrases repeat in every report). Mined level by level: a phrase of n characters is counted only
/// where both of its (n-1)-character parts are frequent.
/// </summary>
internal static class PhraseMiner
{
    public const int MinLength = 3;
    public const int MaxLength = 8;

    /// <summary>Enough documents that the phrase's own posting list is cheaper than its bigrams' positions.</summary>
    public static int MinimumDocuments(int documents) => Math.Max(8, documents / 50);

    /// <summary>The frequent phrases with their document counts.</summary>
    public static Dictionary<string, int> Mine(IReadOnlyList<string[]> runsByDocument, int minimumDocuments)
    {
        var frequent = new Dictionary<string, int>(StringComparer.Ordinal);
        HashSet<string> previous = [.. Count(runsByDocument, 2, _ => true).Where(p => p.Value >= minimumDocuments).Select(p => p.Key)];
        for (var length = MinLength; length <= MaxLength && previous.Count > 0; length++)
        {
            var lookup = previous.GetAlternateLookup<ReadOnlySpan<char>>();
            var counts = Count(runsByDocument, length, s => lookup.Contains(s[..^1]) && lookup.Contains(s[1..]));
            previous = [];
            foreach (var (phrase, count) in counts)
            {
                if (count >= minimumDocuments)
                {
                    frequent[phrase] = count;
                    previous.Add(phrase);
                }
            }
        }

        return frequent;
    }

    /// <summary>
    /// For each phrase that is not closed (a phrase one character longer stands in exactly the same documents),
    /// the closed phrase it extends to. Their documents are the same, so the index stores postings only for closed
    /// phrases and lets the others point to them: template sentences, which repeat in every report, would otherwise
    /// store the same document list for each of their dozens of substrings.
    /// </summary>
    public static Dictionary<string, string> Closures(Dictionary<string, int> frequent)
    {
        var extension = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (longer, count) in frequent.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var shorter in new[] { longer[..^1], longer[1..] })
            {
                if (frequent.TryGetValue(shorter, out var shorterCount) && shorterCount == count)
                {
                    extension.TryAdd(shorter, longer);
                }
            }
        }

        var closures = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var phrase in extension.Keys)
        {
            var closed = phrase;
            while (extension.TryGetValue(closed, out var next))
            {
                closed = next;
            }

            closures[phrase] = closed;
        }

        return closures;
    }

    /// <summary>
    /// Document frequency of every run substring of <paramref name="length"/> UTF-16 units that passes the filter.
    /// Each worker counts into its own table, allocating a string only for a substring it has not seen before
    /// (a document is counted once per substring by remembering the last document that counted it); the tables are
    /// merged at the end. Allocating per document and substring instead made mining the slowest part of a build.
    /// </summary>
    private static Dictionary<string, int> Count(IReadOnlyList<string[]> runsByDocument, int length, Func<ReadOnlySpan<char>, bool> candidate)
    {
        var tables = new ConcurrentBag<Dictionary<string, Tally>>();
        Parallel.ForEach(
            Partitioner.Create(0, runsByDocument.Count, 64),
            () => new Dictionary<string, Tally>(StringComparer.Ordinal),
            (range, _, table) =>
            {
                var lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
                for (var d = range.Item1; d < range.Item2; d++)
                {
                    foreach (var run in runsByDocument[d])
                    {
                        for (var i = 0; i + length <= run.Length; i++)
                        {
                            var span = run.AsSpan(i, length);
                            if (lookup.TryGetValue(span, out var tally))
                            {
                                if (tally.LastDocument != d)
                                {
                                    tally.Count++;
                                    tally.LastDocument = d;
                                }
                            }
                            else if (candidate(span))
                            {
                                lookup[span] = new Tally { Count = 1, LastDocument = d };
                            }
                        }
                    }
                }

                return table;
            },
            tables.Add);

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            foreach (var (phrase, tally) in table)
            {
                counts[phrase] = counts.GetValueOrDefault(phrase) + tally.Count;
            }
        }

        return counts;
    }

    /// <summary>A substring's document count in one worker's share of the documents.</summary>
    private sealed class Tally
    {
        public int Count { get; set; }

        public int LastDocument { get; set; }
    }

    /// <summary>
    /// The Han runs of a normalized text, each as a string of BMP characters only: a run with a character outside the
    /// BMP is split there, so that a phrase's length in UTF-16 units is its length in characters.
    /// </summary>
    public static IEnumerable<string> HanRuns(string normalized)
    {
        var run = new StringBuilder();
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (rune.IsBmp && ChineseTokenizer.IsHan(rune.Value))
            {
                run.Append((char)rune.Value);
                continue;
            }

            if (run.Length >= MinLength)
            {
                yield return run.ToString();
            }

            run.Clear();
        }

        if (run.Length >= MinLength)
        {
            yield return run.ToString();
        }
    }
}
