using System.Collections.Immutable;

namespace SiteGen.Core.Reports;

/// <summary>The three statistical tables of the national template.</summary>
public enum TableId
{
    /// <summary>二、主动公开政府信息情况.</summary>
    Disclosure,

    /// <summary>三、收到和处理政府信息公开申请情况.</summary>
    Applications,

    /// <summary>四、政府信息公开行政复议、行政诉讼情况.</summary>
    Appeals,
}

/// <summary>What a cell may hold: NONNEG allows negatives only in 2019's 本年增/减 columns; fees are money, not counts.</summary>
public enum CellKind
{
    Count,
    SignedCount,
    Money,
}

/// <summary>One column: its label and the labels of the header groups above it (申请人情况 › 法人或其他组织).</summary>
public sealed record ColumnDef(string Label, ImmutableArray<string> Parents, CellKind Kind = CellKind.Count)
{
    public ColumnDef(string label, CellKind kind = CellKind.Count)
        : this(label, [], kind)
    {
    }

    /// <summary>The column's full header path, as the linear view reads it.</summary>
    public string Path => Parents.IsEmpty ? Label : string.Join(" › ", Parents) + " › " + Label;
}

/// <summary>
/// One row of a national table: where it lives in front matter (<see cref="Path"/>), its label as printed,
/// the labels of the row groups above it, and its columns. The single source of the template's wording, used by
/// the loader (which keys exist), the checks, the theme (labels) and the data export.
/// </summary>
public sealed record RowDef(
    TableId Table,
    string Path,
    string Label,
    ImmutableArray<string> Parents,
    ImmutableArray<ColumnDef> Columns,
    string? Block = null)
{
    /// <summary>The last segment of <see cref="Path"/>, the YAML key of the row.</summary>
    public string Key => Path[(Path.LastIndexOf('.') + 1)..];

    /// <summary>The row's full header path (三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密).</summary>
    public string HeaderPath => Parents.IsEmpty ? Label : string.Join(" › ", Parents) + " › " + Label;

    /// <summary>True when the row is a single number (行政许可 in 2021), written as a scalar in front matter.</summary>
    public bool IsScalar { get; init; }
}

/// <summary>A table of the template: its number, caption and rows in printed order.</summary>
public sealed record TableDef(TableId Id, string Number, string Caption, string YamlKey, ImmutableArray<RowDef> Rows);
