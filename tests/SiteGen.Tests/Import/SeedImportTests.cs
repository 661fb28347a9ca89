using SiteGen.Core.Content;
using SiteGen.Tests.Seeds;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Import;

/// <summary>
/// Importing each seed as editors received it reproduces its hand-written file in content/: every number, the
/// agency id, the year and the format. Seed 002's four rows that carry a group label print 5 numbers for its 6
/// columns; the importer deduces the lost cell from T3-COLSUM when every position it could have had gives the same
/// row (here all zeros, as content/ writes them, with an IMPORT-DEDUCED warning), so every number compares exactly.
/// </summary>
public sealed class SeedImportTests
{
    private static readonly Lazy<LoadResult> Content = new(() => ContentLoader.Load(RepoPaths.Content));

    public static TheoryData<string> SeedFiles() => [.. SeedExpectedValues.All.Select(s => s.SeedFile)];

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Importing_a_seed_reproduces_every_number_of_its_content_file(string seedFile)
    {
        var expected = SeedExpectedValues.All.Single(s => s.SeedFile == seedFile);
        var content = Content.Value.Reports.Single(r => r.Agency.Id == expected.AgencyId && r.Year == expected.Year);
        var imported = Imported.From(File.ReadAllBytes(Path.Combine(RepoPaths.Seeds, seedFile)), seedFile);

        Assert.True(imported.Report is not null, imported.Dump);
        Assert.Equal(content.Agency.Id, imported.Report!.Agency.Id);
        Assert.Equal(content.Agency.Level, imported.Report.Agency.Level);
        Assert.Equal(content.Agency.Region.ToArray(), imported.Report.Agency.Region.ToArray());
        Assert.Equal(content.Year, imported.Report.Year);
        Assert.Equal(content.Format, imported.Report.Format);
        Assert.Equal(content.Cells.Keys.Order(StringComparer.Ordinal), imported.Report.Cells.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, row) in content.Cells)
        {
            Assert.True(row.Equals(imported.Report.Cells[path]), $"{seedFile} {path}: content has {row}, import has {imported.Report.Cells[path]}");
        }

        Assert.Equal(0, imported.ExitCode);
    }

    [Theory]
    [MemberData(nameof(SeedFiles))]
    public void Importing_a_seed_keeps_its_six_sections_and_leaves_the_tables_out_of_the_body(string seedFile)
    {
        var imported = Imported.From(File.ReadAllBytes(Path.Combine(RepoPaths.Seeds, seedFile)), seedFile);
        var body = imported.Report!.Body;

        Assert.Equal(6, body.Split('\n').Count(l => l.StartsWith("## ", StringComparison.Ordinal)));
        Assert.DoesNotContain("本年新收", body);
        Assert.DoesNotContain("结果维持", body.Replace(" ", ""));
        Assert.DoesNotContain(imported.Diagnostics, d => d.Code == "MISSING");
    }

    [Fact]
    public void Seed_002_names_the_missing_other_column_and_each_deduced_row()
    {
        var imported = Imported.From(File.ReadAllBytes(Path.Combine(RepoPaths.Seeds, "002_48b26fe23ddf89db.txt")), "002.txt");

        Assert.Single(imported.Diagnostics, d => d.Code == "IMPORT-COLUMNS");
        Assert.Equal([38, 43, 46, 51], imported.Diagnostics.Where(d => d.Code == "IMPORT-DEDUCED").Select(d => d.Line));
        Assert.All(imported.Report!.Cells.Where(c => c.Key.StartsWith("applications.", StringComparison.Ordinal)), c => Assert.Null(c.Value[5]));
    }
}
