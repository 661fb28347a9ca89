using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace SiteGen.Bench.Generator.Narrative;

/// <summary>
/// The sentences of the five seed reports (content/henan, compiled in), as templates grouped by topic, and their
/// clauses for making new sentences once a report has used up a topic's own.
/// </summary>
internal sealed partial class SeedCorpus
{
    private readonly ImmutableArray<string>[] _sentences;
    private readonly ImmutableArray<string>[] _clauses;

    private SeedCorpus(ImmutableArray<string>[] sentences, ImmutableArray<string>[] clauses, ImmutableArray<int> receivedClaims)
    {
        _sentences = sentences;
        _clauses = clauses;
        ReceivedClaims = receivedClaims;
    }

    public static SeedCorpus Instance { get; } = Load();

    /// <summary>The sentences of （二）依申请公开 that state the number of applications received, by index.</summary>
    public ImmutableArray<int> ReceivedClaims { get; }

    public ImmutableArray<string> Sentences(Topic topic) => _sentences[(int)topic];

    public ImmutableArray<string> Clauses(Topic topic) => _clauses[(int)topic];

    /// <summary>The seeds as compiled in: (resource name, text), in ordinal order of name.</summary>
    public static IEnumerable<(string Name, string Text)> SeedTexts()
    {
        var assembly = typeof(SeedCorpus).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("seeds/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
            yield return (name, reader.ReadToEnd().Replace("\r\n", "\n"));
        }
    }

    private static SeedCorpus Load()
    {
        var sentences = Enumerable.Range(0, Topics.Count).Select(_ => new List<string>()).ToArray();
        foreach (var (name, text) in SeedTexts())
        {
            var (year, body) = SplitFrontMatter(name, text);
            foreach (var (topic, sentence) in SeedSplitter.Split(body))
            {
                sentences[(int)topic].Add(SentenceTemplate.FromSeed(sentence, year));
            }
        }

        foreach (var topic in Enum.GetValues<Topic>())
        {
            if (sentences[(int)topic].Count == 0)
            {
                throw new InvalidOperationException($"The seeds have no sentence about {topic}; the generator needs at least one.");
            }
        }

        var requests = sentences[(int)Topic.Requests];
        var received = Enumerable.Range(0, requests.Count).Where(i => requests[i].Contains("{received}", StringComparison.Ordinal)).ToImmutableArray();
        if (received.IsEmpty)
        {
            throw new InvalidOperationException("No seed sentence of 依申请公开 states the applications received.");
        }

        return new SeedCorpus(
            [.. sentences.Select(s => s.ToImmutableArray())],
            [.. sentences.Select(s => s.SelectMany(SentenceTemplate.Clauses).Where(c => HanText.Count(c) >= 4).ToImmutableArray())],
            received);
    }

    [GeneratedRegex(@"^year:\s*(\d{4})\s*$", RegexOptions.Multiline)]
    private static partial Regex YearLine();

    private static (int Year, string Body) SplitFrontMatter(string name, string text)
    {
        var end = text.IndexOf("\n---", 4, StringComparison.Ordinal);
        var year = YearLine().Match(text);
        if (!text.StartsWith("---", StringComparison.Ordinal) || end < 0 || !year.Success)
        {
            throw new InvalidOperationException($"The seed {name} has no front matter with a year.");
        }

        return (int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture), text[(end + 4)..]);
    }
}
