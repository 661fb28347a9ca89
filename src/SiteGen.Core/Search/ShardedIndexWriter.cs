using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace SiteGen.Core.Search;

/// <summary>
/// Writes the sharded search index under search/ (see docs/search-index.md):
/// <c>meta.json</c>, the start-up file (document count, shard count); <c>facets.json</c>, filter values per document;
/// <c>t/N.json</c>, the shards, each term's postings as one flat list of numbers
/// (document delta, weight × 1000, position count, position deltas …), so a query fetches only its terms' shards;
/// <c>f/N.json</c>, one fragment per document (address, title, facts, text as written) fetched only for shown results.
/// Positions let the page check that the query's tokens stand next to each other, so results are exactly the
/// reports that contain the query string.
/// </summary>
public static class ShardedIndexWriter
{
    public const string Folder = "search/";

    /// <summary>Gaps between fields in the position stream, so a phrase never matches across two fields.</summary>
    private const int FieldGap = 2;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static void Write(IReadOnlyList<SearchDocument> documents, Action<string, byte[]> write)
    {
        var analyzed = documents.Select(Analyze).ToList();
        var fieldCount = SearchFields.Names.Count;
        var averages = Enumerable.Range(0, fieldCount)
            .Select(f => analyzed.Count == 0 ? 0 : analyzed.Average(a => (double)a.FieldLengths[f])).ToArray();

        var postings = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
        var lastDoc = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var d = 0; d < analyzed.Count; d++)
        {
            foreach (var (term, occurrence) in analyzed[d].Terms.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                var weight = 0.0;
                for (var f = 0; f < fieldCount; f++)
                {
                    weight += SearchFields.Boosts[f] * Bm25.TermFrequencyPart(occurrence.Frequencies[f], analyzed[d].FieldLengths[f], averages[f]);
                }

                if (!postings.TryGetValue(term, out var list))
                {
                    postings[term] = list = [];
                    lastDoc[term] = 0;
                }

                list.Add(d - lastDoc[term]);
                lastDoc[term] = d;
                list.Add((int)Math.Round(weight * 1000));
                list.Add(occurrence.Positions.Count);
                var previous = 0;
                foreach (var position in occurrence.Positions)
                {
                    list.Add(position - previous);
                    previous = position;
                }
            }
        }

        var shards = ShardCount(postings.Count);
        var byShard = postings.GroupBy(p => TermHash.Shard(p.Key, shards)).ToDictionary(g => g.Key, g => g.ToDictionary(p => p.Key, p => p.Value));
        for (var s = 0; s < shards; s++)
        {
            var content = byShard.TryGetValue(s, out var terms) ? terms : [];
            write($"{Folder}t/{s}.json", JsonSerializer.SerializeToUtf8Bytes(content, Json));
        }

        foreach (var document in documents)
        {
            write($"{Folder}f/{document.Number}.json", JsonSerializer.SerializeToUtf8Bytes(Fragment(document), Json));
        }

        write($"{Folder}meta.json", JsonSerializer.SerializeToUtf8Bytes(SearchMeta.Meta(documents, shards), Json));
        write($"{Folder}facets.json", JsonSerializer.SerializeToUtf8Bytes(SearchMeta.Facets(documents), Json));
    }

    /// <summary>About 200 terms a shard, a power of two: small files, few of them per query.</summary>
    public static int ShardCount(int terms)
    {
        var shards = 1;
        while (shards < 4096 && terms / shards > 200)
        {
            shards *= 2;
        }

        return shards;
    }

    private static Dictionary<string, object> Fragment(SearchDocument document) => new()
    {
        ["route"] = document.Route,
        ["title"] = document.Title,
        ["agency"] = document.Agency,
        ["year"] = document.Year,
        ["region"] = document.Region,
        // As written, for snippets: the page maps index positions (in NFKC text) back to these characters.
        ["fields"] = document.FieldTexts,
        ["gap"] = FieldGap,
    };

    private sealed class Occurrence(int fields)
    {
        public int[] Frequencies { get; } = new int[fields];

        public List<int> Positions { get; } = [];
    }

    private sealed record Analysis(int[] FieldLengths, Dictionary<string, Occurrence> Terms);

    private static Analysis Analyze(SearchDocument document)
    {
        var fields = document.FieldTexts;
        var lengths = new int[fields.Count];
        var terms = new Dictionary<string, Occurrence>(StringComparer.Ordinal);
        var offset = 0;
        for (var f = 0; f < fields.Count; f++)
        {
            var normalized = fields[f].Normalize(NormalizationForm.FormKC);
            lengths[f] = ChineseTokenizer.Tokenize(normalized).Count;
            foreach (var token in IndexedTerms.Of(normalized))
            {
                if (!terms.TryGetValue(token.Term, out var occurrence))
                {
                    terms[token.Term] = occurrence = new Occurrence(fields.Count);
                }

                occurrence.Frequencies[f]++;
                occurrence.Positions.Add(offset + token.Position);
            }

            offset += normalized.EnumerateRunes().Count() + FieldGap;
        }

        foreach (var occurrence in terms.Values)
        {
            occurrence.Positions.Sort();
        }

        return new Analysis(lengths, terms);
    }
}
