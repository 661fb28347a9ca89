namespace SiteGen.Core.Diagnostics;

/// <summary>How bad a diagnostic is. Errors in syntax or types stop a build; identity errors are published as notices.</summary>
public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// One finding of the loader, validator or importer, with the place it concerns and what the editor should do.
/// Printed as <c>path(line,col): error CODE: message</c>, the form compilers use, so editors and CI can jump to it.
/// </summary>
public sealed record Diagnostic(
    Severity Severity,
    string Code,
    string File,
    int Line,
    int Column,
    string Message,
    string? Fix = null)
{
    /// <summary>True when the content itself cannot be read (syntax, types, keys); such errors stop a build.</summary>
    public bool StopsBuild { get; init; }

    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var where = Line > 0 ? $"{File}({Line},{Math.Max(Column, 1)})" : File;
        var level = Severity == Severity.Error ? "error" : "warning";
        // A Chinese sentence ends in a full-width stop, which needs no space before the fix.
        var fix = string.IsNullOrEmpty(Fix) ? "" : Message.EndsWith('。') ? Fix : $" {Fix}";
        return $"{where}: {level} {Code}: {Message}{fix}";
    }
}
