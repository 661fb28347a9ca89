using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Core;

/// <summary>How long one pipeline step took, for --verbose.</summary>
public sealed record StepTiming(string Step, TimeSpan Elapsed);

/// <summary>What a build did: its diagnostics, whether the site was written, what it wrote and how long each step took.</summary>
public sealed record BuildResult(
    ImmutableArray<Diagnostic> Diagnostics,
    bool Written,
    int Reports,
    int Pages,
    ImmutableArray<StepTiming> Timings,
    string? Failure = null)
{
    /// <summary>What the build did to the output folder.</summary>
    public Output.OutputChanges Changes { get; init; }

    /// <summary>How many pages were rendered; fewer than <see cref="Pages"/> when a session rebuilt after an edit.</summary>
    public int PagesRendered { get; init; }

    /// <summary>The routes of the pages rendered, in plan order.</summary>
    public IReadOnlyList<string> Rendered { get; init; } = [];

    public bool HasErrors => Diagnostics.Any(d => d.IsError) || Failure is not null;
}
