using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Import;

/// <summary>
/// The diagnostics of one import. They name the INPUT file and line, so the editor can find the row in the
/// original; an error here means a number could not be read or placed (exit code 1), never a silent 0.
/// </summary>
public sealed class ImportLog(string inputFile)
{
    private readonly List<Diagnostic> _items = [];

    public string File { get; } = inputFile;

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Any(d => d.IsError);

    public void Error(string code, int line, string message, string fix) =>
        _items.Add(new Diagnostic(Severity.Error, code, File, line, 1, message, fix));

    public void Warning(string code, int line, string message, string? fix = null) =>
        _items.Add(new Diagnostic(Severity.Warning, code, File, line, 1, message, fix));

    /// <summary>The file cannot be read at all (exit code 2): nothing was imported.</summary>
    public void Unreadable(string code, string message, string fix) =>
        _items.Add(new Diagnostic(Severity.Error, code, File, 0, 0, message, fix) { StopsBuild = true });
}
