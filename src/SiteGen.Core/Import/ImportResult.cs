using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Import;

/// <summary>
/// What an import produced: the report file's text (null when the input could not be read at all), the import's
/// own diagnostics (naming the input file and line), and for each output line the input line it came from.
/// </summary>
public sealed record ImportResult(string? Text, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<int> InputLines)
{
    /// <summary>Nothing could be read (exit code 2).</summary>
    public bool Unreadable => Text is null;

    /// <summary>The input line an output line (1-based) came from, or 0.</summary>
    public int InputLineOf(int outputLine) => outputLine >= 1 && outputLine <= InputLines.Length ? InputLines[outputLine - 1] : 0;
}
