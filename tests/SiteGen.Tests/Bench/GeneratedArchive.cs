using System.Collections.Immutable;
using SiteGen.Bench.Generator;
using SiteGen.Bench.Generator.Tables;
using SiteGen.Core.Content;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Validation;

namespace SiteGen.Tests.Bench;

/// <summary>
/// An archive made by bench/Generator in a temp folder, loaded and checked as `sitegen check` does; deleted on dispose.
/// The default constructor is the 200-report archive the generator tests share.
/// </summary>
public sealed class GeneratedArchive : IDisposable
{
    public GeneratedArchive()
        : this(200)
    {
    }

    internal GeneratedArchive(int count, int seed = 1, double faultRate = ArchiveGenerator.DefaultFaultRate)
    {
        Root = Directory.CreateTempSubdirectory("sitegen-bench-").FullName;
        Summary = ArchiveGenerator.Generate(new GeneratorOptions(count, Root, seed, faultRate));
        Loaded = ContentLoader.Load(Root);
        Diagnostics = Loaded.Diagnostics.AddRange(ReportValidator.Validate(Loaded.Reports));
    }

    public string Root { get; }

    public ArchiveSummary Summary { get; }

    public LoadResult Loaded { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>"henan/ha-16-zjj-2024.md: T3-IDENT T3-IDENT" for every file with a diagnostic, in order.</summary>
    public IReadOnlyList<string> FoundCodes() => Describe(Diagnostics.Select(d => (File: Relative(d.File), d.Code)));

    /// <summary>The same lines for what the generator planted.</summary>
    public IReadOnlyList<string> PlantedCodes() => Describe(Summary.Faults.SelectMany(f => f.ExpectedCodes.Select(c => (f.File, Code: c))));

    public string Relative(string file) => Path.GetRelativePath(Root, Path.GetFullPath(file)).Replace('\\', '/');

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static List<string> Describe(IEnumerable<(string File, string Code)> codes) =>
        [.. codes.GroupBy(c => c.File, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {string.Join(' ', g.Select(c => c.Code).Order(StringComparer.Ordinal))}")];

    /// <summary>How many identity errors (T3-*, T4-SUM) the planted faults should give.</summary>
    public int PlantedIdentityErrors() =>
        Summary.Faults.SelectMany(f => f.ExpectedCodes).Count(c => c.StartsWith("T3-", StringComparison.Ordinal) || c == "T4-SUM");

    public IEnumerable<FaultKind> PlantedKinds() => Summary.Faults.Select(f => f.Kind).Distinct();
}
