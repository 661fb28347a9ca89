using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace SiteGen.Core.Reports;

/// <summary>
/// The cells of one table row, in the template's column order. A null cell is one the original left blank
/// or filled with "/", "-" or "无": never silently 0 (content-model.md).
/// Counts and money share one type so every table can be flattened, compared and exported alike.
/// </summary>
/// <remarks>
/// A view of its cells' codes (<see cref="CellCode"/>): a report's rows share one array (<see cref="ReportCells"/>),
/// and a row is made each time one is asked for.
/// </remarks>
public sealed class CellRow : IEquatable<CellRow>
{
    private readonly int[] _codes;
    private readonly decimal[]? _exact;
    private readonly int _start;

    public CellRow(ImmutableArray<decimal?> cells)
    {
        var exact = new List<decimal>();
        _codes = [.. cells.Select(c => CellCode.Encode(c, exact))];
        _exact = exact.Count > 0 ? [.. exact] : null;
        Count = cells.Length;
    }

    internal CellRow(int[] codes, decimal[]? exact, int start, int count)
    {
        _codes = codes;
        _exact = exact;
        _start = start;
        Count = count;
    }

    /// <summary>The cells as a new array (each call makes one); index the row itself to read one cell.</summary>
    public ImmutableArray<decimal?> Cells
    {
        get
        {
            var cells = new decimal?[Count];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = CellCode.Decode(_codes[_start + i], _exact);
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(cells);
        }
    }

    public int Count { get; }

    public decimal? this[int index] => (uint)index < (uint)Count
        ? CellCode.Decode(_codes[_start + index], _exact)
        : throw new ArgumentOutOfRangeException(nameof(index), $"The row has {Count} cells.");

    /// <summary>The cell as a number for sums: a blank cell counts as 0 (the identities say "assumed zero").</summary>
    public decimal ValueOrZero(int index) => this[index] ?? 0m;

    public bool HasBlank => _codes.AsSpan(_start, Count).Contains(CellCode.Blank);

    public static CellRow Of(params decimal?[] cells) => new([.. cells]);

    public bool Equals(CellRow? other)
    {
        if (other is null || other.Count != Count)
        {
            return false;
        }

        for (var i = 0; i < Count; i++)
        {
            if (this[i] != other[i])
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as CellRow);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        for (var i = 0; i < Count; i++)
        {
            hash.Add(this[i]);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => "[" + string.Join(", ", Cells.Select(c => c?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null")) + "]";
}
