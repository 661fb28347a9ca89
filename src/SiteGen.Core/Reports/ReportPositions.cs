using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace SiteGen.Core.Reports;

/// <summary>
/// Where each key path of a report stands in its file, for diagnostics: the file (""), its tables and their rows, by
/// path number (<see cref="TemplatePaths"/>). About 400 bytes a report, where an immutable dictionary took 2.3 KB.
/// </summary>
public sealed class ReportPositions : IReadOnlyDictionary<string, SourcePosition>
{
    public static readonly ReportPositions Empty = new([], []);

    private readonly short[] _paths;
    private readonly SourcePosition[] _positions;

    private ReportPositions(short[] paths, SourcePosition[] positions)
    {
        _paths = paths;
        _positions = positions;
    }

    public int Count => _paths.Length;

    public SourcePosition this[string key] => TryGetValue(key, out var position) ? position : throw new KeyNotFoundException($"No position for '{key}'.");

    public IEnumerable<string> Keys => _paths.Select(TemplatePaths.Path);

    public IEnumerable<SourcePosition> Values => _positions;

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out SourcePosition value)
    {
        var index = TemplatePaths.TryNumber(key, out var number) ? _paths.AsSpan().IndexOf(number) : -1;
        value = index >= 0 ? _positions[index] : default;
        return index >= 0;
    }

    public IEnumerator<KeyValuePair<string, SourcePosition>> GetEnumerator() =>
        _paths.Select((number, i) => KeyValuePair.Create(TemplatePaths.Path(number), _positions[i])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Collects positions as the loader reads them; a path set again keeps its last position.</summary>
    public sealed class Builder
    {
        private readonly List<short> _paths = [];
        private readonly List<SourcePosition> _positions = [];

        public SourcePosition this[string path]
        {
            set
            {
                var number = TemplatePaths.Number(path);
                var index = _paths.IndexOf(number);
                if (index >= 0)
                {
                    _positions[index] = value;
                    return;
                }

                _paths.Add(number);
                _positions.Add(value);
            }
        }

        public ReportPositions ToPositions() => new([.. _paths], [.. _positions]);
    }
}
