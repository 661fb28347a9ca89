using SiteGen.Core.Reports;

namespace SiteGen.Core.Import;

/// <summary>
/// Turns the printed cells of a row into numbers for its columns, checking each against its column's kind
/// (NONNEG: counts are whole and ≥ 0, 2019's 本年增/减 may be negative, money may have decimals). A cell that fails is
/// null with an error: the importer never writes a number it is not sure of.
/// </summary>
public static class CellConverter
{
    public static decimal? Convert(RowDef row, int column, CellToken token, ImportLog log)
    {
        var where = $"{row.Label} · {row.Columns[column].Label}";
        if (token.Kind == TokenKind.Blank)
        {
            log.Warning("IMPORT-BLANK", token.Line, $"「{where}」 is {(token.Text.Length == 0 ? "blank" : $"'{token.Text}'")} in the original: written null (not 0).", "Leave it null if the original really leaves it blank; the checks count it as 0 and say so.");
            return null;
        }

        var value = token.Value!.Value;
        if (token.Garbled)
        {
            log.Warning("IMPORT-GARBLED", token.Line, $"「{where}」 is printed '{token.Text}': a character before the number was lost in copying; read as {value}.", "Check the cell against the original report.");
        }

        var kind = row.Columns[column].Kind;
        if (kind != CellKind.Money && value != decimal.Truncate(value))
        {
            log.Error("IMPORT-VALUE", token.Line, $"「{where}」 reads '{token.Text}', but it is a count and must be a whole number: written null.", "Check the original and type the count into the file.");
            return null;
        }

        if (kind != CellKind.SignedCount && value < 0)
        {
            log.Error("IMPORT-VALUE", token.Line, $"「{where}」 reads '{token.Text}', but it cannot be negative: written null.", "Check the original; only 2019's 本年增/减 columns may be negative.");
            return null;
        }

        if (token.Unit.Length > 0 && !UnitFits(row.Columns[column], token.Unit))
        {
            log.Warning("IMPORT-UNIT", token.Line, $"「{where}」 is printed '{token.Text}' with the unit {token.Unit}, but the column is in {ColumnUnit(row.Columns[column])}: written {value} as printed.", "Convert the number to the column's unit if the original mixes them.");
        }

        return value;
    }

    private static string ColumnUnit(ColumnDef column) => column.Kind == CellKind.Money ? "万元" : "件/项";

    private static bool UnitFits(ColumnDef column, string unit) =>
        column.Kind == CellKind.Money ? unit == "万元" : unit is "件" or "项" or "个" or "条" or "次" or "起" or "人次" or "家";
}
