using SiteGen.Bench.Generator;
using SiteGen.Bench.Generator.Narrative;
using SiteGen.Bench.Generator.Tables;
using SiteGen.Bench.Generator.Writing;
using SiteGen.Core.Reports;

namespace SiteGen.Tests.Bench;

/// <summary>
/// bench/Generator: archives of N reports that the loader reads without a stopping error, whose only diagnostics are
/// the faults it planted, the same bytes for the same arguments, narrative of about 6,000 Chinese characters.
/// </summary>
public sealed class GeneratorTests(GeneratedArchive archive) : IClassFixture<GeneratedArchive>
{
    [Fact]
    public void Two_hundred_reports_load_without_any_loader_diagnostic()
    {
        Assert.Equal(200, archive.Summary.Reports.Length);
        Assert.Equal(200, archive.Loaded.Reports.Length);
        Assert.False(archive.Loaded.HasStoppingErrors);
        Assert.Empty(archive.Loaded.Diagnostics);
        Assert.All(archive.Loaded.Reports, r => Assert.All(r.Tables, t => Assert.True(r.HasTable(t.Id), $"{r.SourcePath} lacks table {t.Number}")));
    }

    [Fact]
    public void Only_the_planted_faults_fail_identities_or_warn_and_each_exactly_as_planned()
    {
        Assert.NotEmpty(archive.Summary.Faults);
        Assert.Equal(archive.PlantedCodes(), archive.FoundCodes());
        Assert.Equal(archive.PlantedIdentityErrors(), archive.Diagnostics.Count(d => d.IsError));
        Assert.Equal(archive.Summary.Faults.Length, archive.Diagnostics.Select(d => d.File).Distinct().Count());
    }

    [Fact]
    public void Narrative_averages_about_six_thousand_chinese_characters_between_two_and_twelve_thousand()
    {
        var lengths = archive.Loaded.Reports.Select(r => HanText.Count(r.Body)).ToList();
        Assert.InRange(lengths.Average(), 5500, 6500);
        Assert.InRange(lengths.Min(), 2000, 4000);
        Assert.InRange(lengths.Max(), 8000, 12000);
        Assert.Equal(archive.Summary.Reports.Sum(r => r.NarrativeHan), lengths.Sum());
    }

    [Fact]
    public void Both_formats_many_sectors_and_levels_and_consecutive_years_of_one_agency_occur()
    {
        var reports = archive.Loaded.Reports;
        Assert.Contains(reports, r => r.Format == ReportFormat.F2019);
        Assert.Contains(reports, r => r.Format == ReportFormat.F2021);
        Assert.All(reports, r => Assert.Equal(r.Year >= 2021 ? ReportFormat.F2021 : ReportFormat.F2019, r.Format));
        Assert.True(reports.Select(r => r.Agency.Sector).Distinct().Count() >= 10);
        Assert.True(reports.Select(r => r.Agency.Province).Distinct().Count() >= 8);
        Assert.Equal([AgencyLevel.省, AgencyLevel.市, AgencyLevel.县], reports.Select(r => r.Agency.Level).Distinct().Where(l => l != AgencyLevel.乡).Order());

        var keys = reports.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var pairs = reports.Count(r => keys.Contains($"{r.Agency.Id}/{r.Year - 1}"));
        Assert.True(pairs >= 100, $"only {pairs} reports have the year before in the archive");
    }

    [Fact]
    public void Narrative_names_its_own_agency_and_numbers_not_the_seed_bureaus()
    {
        foreach (var report in archive.Loaded.Reports)
        {
            Assert.DoesNotContain("{", report.Body, StringComparison.Ordinal);
            foreach (var seedPlace in new[] { "平桥", "西工", "叶县", "周口", "新乡", "信阳", "洛阳", "平顶山" })
            {
                if (!report.Agency.Region.Any(r => r.Contains(seedPlace, StringComparison.Ordinal)) && !report.Agency.Name.Contains(seedPlace, StringComparison.Ordinal))
                {
                    Assert.DoesNotContain(seedPlace, report.Body, StringComparison.Ordinal);
                }
            }

            if (report.Agency.Province != "河南省")
            {
                Assert.DoesNotContain("河南", report.Body, StringComparison.Ordinal);
            }
        }

        // Every report states its applications in （二）依申请公开, with the table's own number (TEXT-TABLE stays quiet above).
        Assert.All(archive.Loaded.Reports, r => Assert.Contains(r.Row("applications.received")!.ValueOrZero(6).ToString(System.Globalization.CultureInfo.InvariantCulture), r.Body, StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_arguments_give_byte_identical_files_and_another_seed_does_not()
    {
        using var first = new GeneratedArchive(80, seed: 7);
        using var second = new GeneratedArchive(80, seed: 7);
        using var other = new GeneratedArchive(80, seed: 8);

        var files = Files(first.Root);
        Assert.Equal(files, Files(second.Root));
        foreach (var file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(first.Root, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(second.Root, file))), $"{file} differs between two runs");
        }

        Assert.NotEqual(Contents(first.Root), Contents(other.Root));
    }

    [Fact]
    public void Every_kind_of_fault_gives_exactly_its_diagnostics_when_every_report_has_one()
    {
        // One fault in each report, next to faults in the years before and after: each must still give only its own.
        using var faulty = new GeneratedArchive(300, seed: 11, faultRate: 1.0);
        Assert.Equal(300, faulty.Summary.Faults.Length);
        Assert.Equal(Enum.GetValues<FaultKind>().Order(), faulty.PlantedKinds().Order());
        Assert.Equal(faulty.PlantedCodes(), faulty.FoundCodes());
    }

    [Fact]
    public void A_folder_it_did_not_write_is_refused_and_left_as_it_was()
    {
        var dir = Directory.CreateTempSubdirectory("sitegen-bench-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "someone.md"), "keep me");
            var error = Assert.Throws<IOException>(() => ArchiveGenerator.Generate(new GeneratorOptions(5, dir)));
            Assert.Contains("refusing to empty it", error.Message, StringComparison.Ordinal);
            Assert.Equal(["someone.md"], Files(dir));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_folder_it_wrote_is_emptied_before_the_next_archive()
    {
        using var earlier = new GeneratedArchive(30);
        File.WriteAllText(Path.Combine(earlier.Root, "stale.md"), "left over");
        Directory.CreateDirectory(Path.Combine(earlier.Root, "old-province"));

        var summary = ArchiveGenerator.Generate(new GeneratorOptions(12, earlier.Root, Seed: 3));

        Assert.Equal(summary.Reports.Select(r => r.File).Order(StringComparer.Ordinal), Files(earlier.Root).Where(f => f.EndsWith(".md", StringComparison.Ordinal)));
        Assert.True(File.Exists(Path.Combine(earlier.Root, OutputFolder.MarkerName)));
        Assert.False(Directory.Exists(Path.Combine(earlier.Root, "old-province")));
    }

    private static List<string> Files(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => f != OutputFolder.MarkerName)
            .Order(StringComparer.Ordinal)];

    private static string Contents(string root) =>
        string.Concat(Files(root).Select(f => f + "\n" + File.ReadAllText(Path.Combine(root, f))));
}
