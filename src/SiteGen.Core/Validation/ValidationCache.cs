using System.Collections.Concurrent;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Validation;

/// <summary>
/// The checks' results by report object. Reports are immutable and the content cache hands back the same object for
/// an unchanged file, so under <c>sitegen serve</c> only an edited report (and the pair it forms with the year before
/// and after) is checked again.
/// </summary>
public sealed class ValidationCache
{
    private readonly ConcurrentDictionary<Report, Diagnostic[]> _one = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<Report, (Report Previous, Diagnostic[] Diagnostics)> _pairs = new(ReferenceEqualityComparer.Instance);

    public Diagnostic[] One(Report report, Func<Report, Diagnostic[]> check) => _one.GetOrAdd(report, check);

    public Diagnostic[] Pair(Report report, Report previous, Func<Report, Report, Diagnostic[]> check)
    {
        if (_pairs.TryGetValue(report, out var cached) && ReferenceEquals(cached.Previous, previous))
        {
            return cached.Diagnostics;
        }

        var diagnostics = check(report, previous);
        _pairs[report] = (previous, diagnostics);
        return diagnostics;
    }

    /// <summary>Drops what belongs to reports no longer in the archive, so an editing session does not grow.</summary>
    public void Forget(IReadOnlyList<Report> current)
    {
        var keep = current.ToHashSet(ReferenceEqualityComparer.Instance);
        foreach (var report in _one.Keys.Where(r => !keep.Contains(r)))
        {
            _one.TryRemove(report, out _);
        }

        foreach (var report in _pairs.Keys.Where(r => !keep.Contains(r)))
        {
            _pairs.TryRemove(report, out _);
        }
    }
}
