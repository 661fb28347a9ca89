using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using SiteGen.Bench.Generator.Agencies;
using SiteGen.Bench.Generator.Draws;
using SiteGen.Bench.Generator.Narrative;
using SiteGen.Bench.Generator.Tables;
using SiteGen.Bench.Generator.Writing;
using SiteGen.Core.Reports;

namespace SiteGen.Bench.Generator;

/// <summary>
/// What to generate: <paramref name="Count"/> report files into <paramref name="OutputDir"/>, about
/// <paramref name="FaultRate"/> of them with one deliberate fault (1.0 puts one in every report, for tests).
/// </summary>
public sealed record GeneratorOptions(int Count, string OutputDir, int Seed = 1, double FaultRate = ArchiveGenerator.DefaultFaultRate);

/// <summary>
/// Makes an archive of report files for benchmarks: agencies of many sectors, levels and provinces, each with a run of
/// consecutive years (2019-2025), tables that satisfy the identities and continue from year to year, and narrative
/// recombined from the seed reports' sentences. The same options give byte-identical files; about 2 % of reports
/// carry one deliberate fault (<see cref="DeliberateFault"/>) so that notices are exercised at scale.
/// </summary>
public static class ArchiveGenerator
{
    public const double DefaultFaultRate = 0.02;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static ArchiveSummary Generate(GeneratorOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Count);
        ArgumentOutOfRangeException.ThrowIfNegative(options.FaultRate);
        var clock = Stopwatch.StartNew();
        var marker = string.Create(CultureInfo.InvariantCulture,
            $"Written by bench/Generator (--count {options.Count} --seed {options.Seed} --fault-rate {options.FaultRate}). The generator empties this folder on its next run.\n");
        OutputFolder.Prepare(options.OutputDir, marker);

        var agencies = AgencyPlanner.Plan(options.Count, options.Seed);
        foreach (var province in agencies.Select(a => a.Province.Slug).Distinct().Order(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(Path.Combine(options.OutputDir, province));
        }

        // Each agency draws from its own generator, so agencies can be written in parallel and still come out the same.
        var perAgency = new (List<GeneratedReport> Reports, List<DeliberateFault> Faults)[agencies.Length];
        Parallel.For(0, agencies.Length, i => perAgency[i] = WriteAgency(agencies[i], options));

        var reports = perAgency.SelectMany(a => a.Reports).ToImmutableArray();
        var faults = perAgency.SelectMany(a => a.Faults).ToImmutableArray();
        File.WriteAllText(Path.Combine(options.OutputDir, OutputFolder.MarkerName),
            marker + string.Concat(faults.Select(f => $"fault\t{f.File}\t{f.Kind}\t{string.Join(',', f.ExpectedCodes)}\n")));
        return new ArchiveSummary(options.OutputDir, reports, faults, agencies.Length, clock.Elapsed);
    }

    private static (List<GeneratedReport>, List<DeliberateFault>) WriteAgency(PlannedAgency agency, GeneratorOptions options)
    {
        // Tables and narrative draw from separate generators: a change to the narrative leaves every number as it was.
        var random = new Random(RandomDraws.Mix(options.Seed, agency.Ordinal, 1));
        var prose = new Random(RandomDraws.Mix(options.Seed, agency.Ordinal, 2));
        var tables = new TableGenerator(agency, random);
        var reports = new List<GeneratedReport>();
        var faults = new List<DeliberateFault>();
        foreach (var year in agency.Years)
        {
            var fault = random.Chance(options.FaultRate) ? PickFault(random, tables, year) : null;
            var numbers = tables.Next(year, fault);
            var file = agency.FileFor(year);
            if (fault is { } kind)
            {
                faults.Add(new DeliberateFault(file, agency.Id, year, kind, DeliberateFault.CodesOf(kind)));
            }

            var text = new StringBuilder(32 * 1024);
            FrontMatterWriter.Write(text, agency, year, agency.PublishedFor(year, random), numbers);
            text.Append('\n');

            var renderer = new TemplateRenderer(agency, year, numbers, prose);
            var writer = new NarrativeWriter(SeedCorpus.Instance, renderer, prose);
            int? wrong = fault == FaultKind.TextTable ? WrongReceived(numbers, random) : null;
            text.Append(writer.Write(TargetLength(prose), wrong));

            var bytes = Utf8.GetBytes(text.ToString());
            File.WriteAllBytes(Path.Combine(options.OutputDir, file), bytes);
            reports.Add(new GeneratedReport(file, agency.Id, year, numbers.Format.ToYaml(), bytes.Length, writer.HanCount));
        }

        return (reports, faults);
    }

    private static FaultKind? PickFault(Random random, TableGenerator tables, int year)
    {
        var possible = Enum.GetValues<FaultKind>().Where(k => tables.CanPlant(k, year)).ToList();
        return random.Pick(possible);
    }

    /// <summary>A number of applications that none of TEXT-TABLE's readings of the table (新收, 新收 + 结转, 总计) gives.</summary>
    private static int WrongReceived(ReportNumbers numbers, Random random)
    {
        var received = numbers.Total("applications.received");
        var highest = Math.Max(received + numbers.Total("applications.carried_over"), numbers.Total("applications.total"));
        return highest + random.Next(1, 6);
    }

    /// <summary>About 6,000 Chinese characters, from 2,000 to 12,000, with a longer tail above than below.</summary>
    private static int TargetLength(Random random)
    {
        var z = random.NearNormal();
        var factor = z < 0 ? 1 + (0.3 * z) : 1 + (0.45 * z);
        return Math.Clamp((int)(5800 * factor), 2000, 11400);
    }
}
