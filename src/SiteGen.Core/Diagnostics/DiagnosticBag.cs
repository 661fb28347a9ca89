namespace SiteGen.Core.Diagnostics;

/// <summary>Collects diagnostics for one file; the file name and a line offset are fixed so callers give only positions within their part.</summary>
public sealed class DiagnosticBag(string file, int lineOffset = 0)
{
    private readonly List<Diagnostic> _items = [];

    public string File { get; } = file;

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasStoppingErrors => _items.Any(d => d.StopsBuild);

    /// <summary>An error that makes the file unusable: the build stops and the last good site stays.</summary>
    public void Fatal(string code, int line, int column, string message, string fix) =>
        _items.Add(new Diagnostic(Severity.Error, code, File, line + lineOffset, column, message, fix) { StopsBuild = true });

    public void Warning(string code, int line, int column, string message, string? fix = null) =>
        _items.Add(new Diagnostic(Severity.Warning, code, File, line + lineOffset, column, message, fix));
}
