using System.Globalization;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Validation;

/// <summary>Helpers every check shares: making a diagnostic at a row's position and writing numbers and sums.</summary>
internal static class CheckContext
{
    public static Diagnostic At(Report report, string path, Severity severity, string code, string message, string? fix = null)
    {
        var pos = report.PositionOf(path);
        if (pos == SourcePosition.Unknown)
        {
            pos = report.PositionOf("");
        }

        return new Diagnostic(severity, code, report.SourcePath, pos.Line, pos.Column, message, fix);
    }

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>"32 + 51 + 95 = 178", with blanks shown as "空" so the reader sees which cells were assumed zero.</summary>
    public static string Sum(IEnumerable<decimal?> cells)
    {
        var list = cells.ToList();
        var total = list.Sum(c => c ?? 0m);
        var shown = list.Count > 12 ? $"{list.Count} 项" : string.Join(" + ", list.Select(c => c is null ? "空" : Number(c.Value)));
        return $"{shown} = {Number(total)}";
    }

    public static string AssumedZero(IEnumerable<decimal?> cells) =>
        cells.Any(c => c is null) ? "（空白单元格按 0 计）" : "";
}
