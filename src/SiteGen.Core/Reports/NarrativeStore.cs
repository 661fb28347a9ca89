using SiteGen.Core.TempFiles;

namespace SiteGen.Core.Reports;

/// <summary>
/// Where a one-off build's loader puts the reports' Markdown bodies (<see cref="NarrativeText"/>): a temporary file,
/// removed when the store is disposed or the process ends. <c>sitegen serve</c> keeps the bodies in memory instead: an
/// editing session re-reads edited files, and a store would only grow.
/// </summary>
public sealed class NarrativeStore : IDisposable
{
    private readonly SpillFile _file = new();

    public NarrativeText Keep(string text) => new(_file, text);

    public void Dispose() => _file.Dispose();
}
