// Times the analyzer alone on 300 reports, with and without the frequent phrases, against normalizing and classifying
// the runes, to tell where analysis time goes. Run with PROBE=1 (see Program.cs).
using System.Diagnostics;
using SiteGen.Core.Search;
using SiteGen.Core.Search.Index;

internal static class AnalysisProbe
{
    public static void Run(List<SearchDocument> documents)
    {
        var docs = documents.Take(300).ToList();
        var phrases = PhraseSet.Mine(Math.Min(1000, documents.Count), d => documents[d], null);
        foreach (var (name, set) in new[] { ("no phrases", PhraseSet.Empty), ("phrases", phrases) })
        {
            var a = new DocumentAnalyzer(new TermTable(set), 16);
            var into = new DocumentTerms();
            // The fastest of seven passes: the first compiles, and this machine's neighbours come and go.
            var best = double.MaxValue;
            long chars = 0, terms = 0;
            for (var rep = 0; rep < 7; rep++)
            {
                var sw = Stopwatch.StartNew();
                (chars, terms) = (0, 0);
                foreach (var d in docs) { a.Analyze(d, into); chars += d.Body.Length; terms += into.Count; }
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds / docs.Count);
            }

            Console.WriteLine($"{name}: {best:0.000} ms/doc (fastest of 7), {chars / docs.Count} body chars, {terms / docs.Count} terms/doc");

            // Each document once, as a build sees them (the same documents again and again run warmer).
            var once = Stopwatch.StartNew();
            foreach (var d in documents.Skip(300)) { a.Analyze(d, into); }
            Console.WriteLine($"{name}: {once.Elapsed.TotalMilliseconds / (documents.Count - 300):0.000} ms/doc, each of {documents.Count - 300} other documents once");
        }
        var sw2 = Stopwatch.StartNew();
        foreach (var d in docs) { foreach (var f in d.FieldTexts) f.Normalize(System.Text.NormalizationForm.FormKC); }
        Console.WriteLine($"normalize: {sw2.Elapsed.TotalMilliseconds / docs.Count:0.000} ms/doc");
        sw2.Restart(); long n = 0;
        foreach (var d in docs) { foreach (var r in d.Body.EnumerateRunes()) { if (ChineseTokenizer.IsHan(r.Value)) n++; else if (ChineseTokenizer.IsWordCharacter(r)) n += 2; } }
        Console.WriteLine($"runes+classify: {sw2.Elapsed.TotalMilliseconds / docs.Count:0.000} ms/doc {n}");
    }
}
