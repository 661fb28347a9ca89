namespace SiteGen.Core.Reports;

/// <summary>
/// A table cell in four bytes: a blank cell, a whole number written without decimals, or a pointer into a side list
/// of the few other values (amounts with decimals, numbers past a billion). A report's cells as nullable decimals
/// took 24 bytes each (53 MB at 10,000 reports, issue 8); the decoded value is the same decimal, scale included, so
/// "2.0" still prints as 2.0.
/// </summary>
internal static class CellCode
{
    public const int Blank = int.MinValue;

    private const int Limit = 1 << 30;

    /// <summary>The code of <paramref name="value"/>; a value that needs the side list is appended to it.</summary>
    public static int Encode(decimal? value, List<decimal> exact)
    {
        if (value is not { } v)
        {
            return Blank;
        }

        if (v.Scale == 0 && v > -Limit && v < Limit && !(v == 0 && decimal.IsNegative(v)))
        {
            return (int)v << 1;
        }

        exact.Add(v);
        return ((exact.Count - 1) << 1) | 1;
    }

    public static decimal? Decode(int code, decimal[]? exact) =>
        code == Blank ? null : (code & 1) == 0 ? code >> 1 : exact![code >>> 1];
}
