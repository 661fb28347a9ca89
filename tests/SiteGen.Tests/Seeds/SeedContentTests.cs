using SiteGen.Core.Content;
using SiteGen.Core.Validation;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Seeds;

/// <summary>The five seed reports in content/ carry every number of their original tables, as typed independently.</summary>
public sealed class SeedContentTests
{
    private static readonly Lazy<LoadResult> Loaded = new(() => ContentLoader.Load(RepoPaths.Content));

    public static TheoryData<string> SeedFiles() => [.. SeedExpectedValues.All.Select(s => s.SeedFile)];

    [Fact]
    public void Content_loads_without_errors_and_holds_one_report_per_seed()
    {
        Assert.Empty(Loaded.Value.Diagnostics);
        Assert.Equal(
            SeedExpectedValues.All.Select(s => $"{s.AgencyId}/{s.Year}").Order(StringComparer.Ordinal),
            Loaded.Value.Reports.Select(r => r.Key).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Every_table_number_equals_the_original(string seedFile)
    {
        var expected = SeedExpectedValues.All.Single(s => s.SeedFile == seedFile);
        var report = Loaded.Value.Reports.Single(r => r.Agency.Id == expected.AgencyId && r.Year == expected.Year);

        Assert.Equal(expected.Cells.Keys.Order(StringComparer.Ordinal), report.Cells.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, cells) in expected.Cells)
        {
            Assert.True(cells.SequenceEqual(report.Cells[path].Cells), $"{seedFile} {path}: expected [{string.Join(", ", cells)}], content has {report.Cells[path]}");
        }
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void The_seed_text_holds_every_number_of_its_narrative_sections(string seedFile)
    {
        // The body keeps the narrative word for word: each paragraph of the content file appears in the seed text
        // (spaces aside, since PDF copies scatter them).
        var expected = SeedExpectedValues.All.Single(s => s.SeedFile == seedFile);
        var report = Loaded.Value.Reports.Single(r => r.Agency.Id == expected.AgencyId && r.Year == expected.Year);
        var seed = Squeeze(File.ReadAllText(Path.Combine(RepoPaths.Seeds, seedFile)));
        var paragraphs = report.Body.Split('\n').Where(l => l.Length > 20 && !l.StartsWith('#')).ToList();
        Assert.NotEmpty(paragraphs);
        foreach (var paragraph in paragraphs)
        {
            Assert.Contains(Squeeze(paragraph), seed);
        }
    }

    [Fact]
    public void Check_finds_no_errors_in_content()
    {
        var errors = ReportValidator.Validate(Loaded.Value.Reports).Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static string Squeeze(string text) =>
        string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '*')).Replace('(', '（').Replace(')', '）');
}
