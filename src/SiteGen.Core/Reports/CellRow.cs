using System.Collections.Immutable;

namespace SiteGen.Core.Reports;

/// <summary>
/// The cells of one table row, in the template's column order. A null cell is one the original left blank
/// or filled with "/", "-" or "无": never silently 0 (content-model.md).
/// Counts and money share one type so every table can be flattened, compared and exported alike.
/// </summary>
public sealed class CellRow : IEquatable<CellRow>
{
    public CellRow(ImmutableArray<decimal?> cells) => Cells = cells;

    public ImmutableArray<decimal?> Cells { get; }

    public int Count => Cells.Length;

    public decimal? this[int index] => Cells[index];

    /// <summary>The cell as a number for sums: a blank cell counts as 0 (the identities say "assumed zero").</summary>
    public decimal ValueOrZero(int index) => Cells[index] ?? 0m;

    public bool HasBlank => Cells.Any(c => c is null);

    public static CellRow Of(params decimal?[] cells) => new([.. cells]);

    public bool Equals(CellRow? other) => other is not null && Cells.SequenceEqual(other.Cells);

    public override bool Equals(object? obj) => Equals(obj as CellRow);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var cell in Cells)
        {
            hash.Add(cell);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => "[" + string.Join(", ", Cells.Select(c => c?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "null")) + "]";
}
