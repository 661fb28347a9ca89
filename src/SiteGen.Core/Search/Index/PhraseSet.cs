using System.Text;

namespace SiteGen.Core.Search.Index;

/// <summary>
/// The frequent phrases an index stores as terms, fixed before the documents are analysed so that their postings are
/// gathered in the same pass as every other term. They are mined from a sample of at most <see cref="SampleLimit"/>
/// documents (all of them in a smaller archive); their postings are then counted exactly in every document, so a
/// phrase term always lists exactly the documents that contain it, whichever phrases the sample picked.
/// A phrase that was not closed in the sample points to the closed phrase it extends to (<see cref="TargetOf"/>);
/// the writer keeps that pointer only where the exact counts agree, and drops the phrase otherwise (the page then
/// checks its bigrams' positions, which is slower but exact).
/// </summary>
internal sealed class PhraseSet
{
    public const int SampleLimit = 1_000;

    private readonly List<string> _texts;
    private readonly int[] _targets;
    private readonly Dictionary<string, int> _ids;

    public PhraseSet(IReadOnlyList<string> texts, IReadOnlyDictionary<string, string> closures)
    {
        _texts = [.. texts.Order(StringComparer.Ordinal)];
        _ids = _texts.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i, StringComparer.Ordinal);
        _targets = [.. _texts.Select(t => closures.TryGetValue(t, out var c) ? _ids[c] : -1)];
        Trie = new PhraseTrie(_texts);
    }

    public static PhraseSet Empty { get; } = new([], new Dictionary<string, string>());

    public int Count => _texts.Count;

    /// <summary>Finds the phrases that start at a position of a text.</summary>
    public PhraseTrie Trie { get; }

    public string Text(int id) => _texts[id];

    /// <summary>The closed phrase whose entry this one shares, or -1 for a closed phrase (which has postings).</summary>
    public int TargetOf(int id) => _targets[id];

    /// <summary>Mines the phrases from every k-th document, with the threshold scaled to the sample.</summary>
    /// <param name="document">Document <c>n</c> of <paramref name="count"/>, whole; asked only for the sample's.</param>
    public static PhraseSet Mine(int count, Func<int, SearchDocument> document, int? minimumDocuments)
    {
        var step = Math.Max(1, (count + SampleLimit - 1) / SampleLimit);
        var runs = new string[(count + step - 1) / step][];
        Parallel.For(0, runs.Length, i => runs[i] =
            [.. document(i * step).FieldTexts.SelectMany(f => PhraseMiner.HanRuns(f.Normalize(NormalizationForm.FormKC)))]);
        var minimum = minimumDocuments is { } m ? Math.Max(1, m / step) : PhraseMiner.MinimumDocuments(runs.Length);
        var frequent = PhraseMiner.Mine(runs, minimum);
        return new PhraseSet([.. frequent.Keys], PhraseMiner.Closures(frequent));
    }
}
