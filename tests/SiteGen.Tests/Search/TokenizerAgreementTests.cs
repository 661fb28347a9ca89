using System.Diagnostics;
using System.Text.Json;
using SiteGen.Core.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Search;

/// <summary>The page's tokenizer (tokenizer.js, run in Node) and the index's (ChineseTokenizer) give the same tokens.</summary>
public sealed class TokenizerAgreementTests
{
    private static readonly string Script = Path.Combine(RepoPaths.Root, "themes", "Default", "assets", "tokenizer.js");

    public static IEnumerable<string> SharedStrings()
    {
        var cases = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Search", "tokenizer-cases.txt"));
        var seedLines = Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).SelectMany(File.ReadAllLines);
        return cases.Concat(seedLines).Where(l => l.Length > 0);
    }

    [Fact]
    public void Csharp_and_javascript_tokenizers_agree_on_the_shared_strings_and_the_seeds()
    {
        var strings = SharedStrings().ToList();
        Assert.True(strings.Count > 300, $"only {strings.Count} strings");

        var javascript = RunNode(strings);

        for (var i = 0; i < strings.Count; i++)
        {
            var csharp = ChineseTokenizer.Tokenize(strings[i]).Select(t => $"{t.Term}@{t.Position}");
            Assert.True(csharp.SequenceEqual(javascript[i]), $"differ on «{strings[i]}»:\n C#: {string.Join(" ", csharp)}\n JS: {string.Join(" ", javascript[i])}");
        }
    }

    [Theory]
    [InlineData("行政复议", "行政@0 政复@1 复议@2")]
    [InlineData("复", "复@0")]
    [InlineData("ＡＢＣ１２３中", "abc123@0 中@6")]
    [InlineData("本年 制发件数", "本年@0 制发@3 发件@4 件数@5")]
    [InlineData("𠀀𠀁x", "𠀀𠀁@0 x@2")]
    public void Tokens_follow_the_rules(string text, string expected)
    {
        Assert.Equal(expected, string.Join(" ", ChineseTokenizer.Tokenize(text).Select(t => $"{t.Term}@{t.Position}")));
    }

    [Fact]
    public void Csharp_and_javascript_agree_on_the_punctuation_the_index_keeps()
    {
        var strings = SharedStrings().ToList();

        var javascript = RunNode(strings, "punctuation");

        for (var i = 0; i < strings.Count; i++)
        {
            var normalized = strings[i].Normalize(System.Text.NormalizationForm.FormKC);
            var csharp = normalized.EnumerateRunes().Select((r, p) => (r, p)).Where(x => IndexedTerms.IsPunctuation(x.r)).Select(x => $"{x.r}@{x.p}");
            Assert.True(csharp.SequenceEqual(javascript[i]), $"differ on «{strings[i]}»:\n C#: {string.Join(" ", csharp)}\n JS: {string.Join(" ", javascript[i])}");
        }
    }

    private static List<List<string>> RunNode(List<string> strings, string function = "tokenize")
    {
        var program = $"const t=require({JsonSerializer.Serialize(Script)});let s='';process.stdin.on('data',d=>s+=d).on('end',()=>" +
                      $"process.stdout.write(JSON.stringify(JSON.parse(s).map(x=>t.{function}(x).map(k=>k.term+'@'+k.position)))));";
        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-e");
        start.ArgumentList.Add(program);
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node is required for this test");
        node.StandardInput.Write(JsonSerializer.Serialize(strings));
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEnd();
        var error = node.StandardError.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, error);
        return JsonSerializer.Deserialize<List<List<string>>>(output)!;
    }
}
