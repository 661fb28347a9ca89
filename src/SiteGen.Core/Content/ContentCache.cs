using System.Collections.Concurrent;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Content;

/// <summary>
/// Loaded content files by path, with the size and modification time they had. An editor's save changes both (the
/// time to the tick), so an unchanged stamp means the same bytes; the same <see cref="Report"/> object is handed back,
/// which lets every later step recognise it.
/// </summary>
public sealed class ContentCache
{
    private readonly ConcurrentDictionary<string, Entry> _files = new(StringComparer.Ordinal);

    private sealed record Entry(long Length, DateTime Modified, (Report? Report, IReadOnlyList<Diagnostic> Diagnostics) Loaded);

    public (Report? Report, IReadOnlyList<Diagnostic> Diagnostics) Load(string file, NarrativeStore? bodies = null)
    {
        var info = new FileInfo(file);
        var (length, modified) = info.Exists ? (info.Length, info.LastWriteTimeUtc) : (-1, DateTime.MinValue);
        if (_files.TryGetValue(file, out var entry) && entry.Length == length && entry.Modified == modified)
        {
            return entry.Loaded;
        }

        var loaded = ReportFileLoader.Load(file, bodies);
        _files[file] = new Entry(length, modified, loaded);
        return loaded;
    }

    public void Forget(IReadOnlyList<string> current)
    {
        var keep = current.ToHashSet(StringComparer.Ordinal);
        foreach (var file in _files.Keys.Where(f => !keep.Contains(f)))
        {
            _files.TryRemove(file, out _);
        }
    }
}
