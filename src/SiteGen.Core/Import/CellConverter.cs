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
            log.Warning("IMPORT-BLANK", token.Line, $"「{where}」在原表中{(token.Text.Length == 0 ? "为空白" : $"为 `{token.Text}`")}，已写 `null`（不是 0）。", "原表确实空白的，保留 `null`；检查时按 0 计算，并会提示。");
            return null;
        }

        var value = token.Value!.Value;
        if (token.Garbled)
        {
            log.Warning("IMPORT-GARBLED", token.Line, $"「{where}」复制后为 `{token.Text}`：数字前有一个字符在复制时丢失，已读作 {value}。", "对照原报告核对该单元格。");
        }

        var kind = row.Columns[column].Kind;
        if (kind != CellKind.Money && value != decimal.Truncate(value))
        {
            log.Error("IMPORT-VALUE", token.Line, $"「{where}」为 `{token.Text}`，但这是件数，必须是整数，已写 `null`。", "对照原报告，把件数填入文件。");
            return null;
        }

        if (kind != CellKind.SignedCount && value < 0)
        {
            log.Error("IMPORT-VALUE", token.Line, $"「{where}」为 `{token.Text}`，但不能为负数，已写 `null`。", "对照原报告核对；只有 2019 年版的“本年增/减”列可以为负。");
            return null;
        }

        if (token.Unit.Length > 0 && !UnitFits(row.Columns[column], token.Unit))
        {
            log.Warning("IMPORT-UNIT", token.Line, $"「{where}」为 `{token.Text}`，单位是{token.Unit}，而该列的单位是{ColumnUnit(row.Columns[column])}，已照原样写为 {value}。", "如原表混用了单位，把数字换算成该列的单位。");
        }

        return value;
    }

    private static string ColumnUnit(ColumnDef column) => column.Kind == CellKind.Money ? "万元" : "件/项";

    private static bool UnitFits(ColumnDef column, string unit) =>
        column.Kind == CellKind.Money ? unit == "万元" : unit is "件" or "项" or "个" or "条" or "次" or "起" or "人次" or "家";
}
