using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace SiteGen.Core.Reports;

/// <summary>
/// Every row a report's file has, keyed by <see cref="RowDef.Path"/>, in the order it was read. One array of cell codes
/// (<see cref="CellCode"/>) and the rows' path numbers (<see cref="TemplatePaths"/>): about 1 KB a report, where an
/// immutable dictionary of rows of nullable decimals took 8 KB (82 MB at 10,000 reports, issue 8).
/// </summary>
public sealed class ReportCells : IReadOnlyDictionary<string, CellRow>
{
    public static readonly ReportCells Empty = new([], [0], [], null);

    private readonly short[] _paths;
    private readonly ushort[] _starts; // each row's first code, then the end of the last
    private readonly int[] _codes;
    private readonly decimal[]? _exact;

    private ReportCells(short[] paths, ushort[] starts, int[] codes, decimal[]? exact)
    {
        _paths = paths;
        _starts = starts;
        _codes = codes;
        _exact = exact;
    }

    public int Count => _paths.Length;

    public CellRow this[string key] => TryGetValue(key, out var row) ? row : throw new KeyNotFoundException($"The report has no row '{key}'.");

    public IEnumerable<string> Keys => _paths.Select(TemplatePaths.Path);

    public IEnumerable<CellRow> Values => Enumerable.Range(0, Count).Select(Row);

    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out CellRow value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? Row(index) : null;
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, CellRow>> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return KeyValuePair.Create(TemplatePaths.Path(_paths[i]), Row(i));
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int IndexOf(string key) => TemplatePaths.TryNumber(key, out var number) ? _paths.AsSpan().IndexOf(number) : -1;

    private CellRow Row(int index) => new(_codes, _exact, _starts[index], _starts[index + 1] - _starts[index]);

    /// <summary>Collects a report's rows as the loader reads them.</summary>
    public sealed class Builder
    {
        private readonly List<short> _paths = [];
        private readonly List<ushort> _starts = [0];
        private readonly List<int> _codes = [];
        private readonly List<decimal> _exact = [];

        /// <summary>Adds the row at <paramref name="path"/>, a key path of the national templates; each path once.</summary>
        public void Add(string path, ReadOnlySpan<decimal?> cells)
        {
            var number = TemplatePaths.Number(path);
            if (_paths.Contains(number))
            {
                throw new ArgumentException($"The row '{path}' was added twice.", nameof(path));
            }

            foreach (var cell in cells)
            {
                _codes.Add(CellCode.Encode(cell, _exact));
            }

            _paths.Add(number);
            _starts.Add(checked((ushort)_codes.Count));
        }

        public ReportCells ToCells() => _paths.Count == 0 ? Empty : new([.. _paths], [.. _starts], [.. _codes], _exact.Count > 0 ? [.. _exact] : null);
    }
}
