using System.Collections.Immutable;
using System.Globalization;
using SiteGen.Bench.Generator.Tables;

namespace SiteGen.Bench.Generator;

/// <summary>One report file written: where, whose, which year and format, its size and the length of its narrative.</summary>
public sealed record GeneratedReport(string File, string AgencyId, int Year, string Format, long Bytes, int NarrativeHan);

/// <summary>What a run wrote, for the one-line summary and for tests.</summary>
public sealed record ArchiveSummary(
    string OutputDir,
    ImmutableArray<GeneratedReport> Reports,
    ImmutableArray<DeliberateFault> Faults,
    int Agencies,
    TimeSpan Elapsed)
{
    public long Bytes => Reports.Sum(r => r.Bytes);

    public long NarrativeHan => Reports.Sum(r => (long)r.NarrativeHan);

    public string OneLine()
    {
        var c = CultureInfo.InvariantCulture;
        var f2019 = Reports.Count(r => r.Format == "2019");
        return string.Create(c,
            $"Wrote {Reports.Length:N0} reports of {Agencies:N0} agencies ({Reports.Min(r => r.Year)}-{Reports.Max(r => r.Year)}; " +
            $"{f2019:N0} in format 2019, {Reports.Length - f2019:N0} in 2021) to {OutputDir}: {Bytes / 1048576.0:0.0} MB, " +
            $"{NarrativeHan:N0} Chinese characters of narrative ({NarrativeHan / Reports.Length:N0} a report, " +
            $"{Reports.Min(r => r.NarrativeHan):N0}-{Reports.Max(r => r.NarrativeHan):N0}), {Faults.Length} deliberate faults, " +
            $"in {Elapsed.TotalSeconds:0.0} s.");
    }
}
