namespace SiteGen.Core.Reports;

/// <summary>A 1-based line and column in a content file.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public static readonly SourcePosition Unknown = new(0, 0);
}
