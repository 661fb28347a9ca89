using System.Collections.Immutable;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Import;

/// <summary>One template row as imported: its cells in template column order (null = blank or not placed) and the input line.</summary>
public sealed record ImportedRow(RowDef Row, ImmutableArray<decimal?> Cells, int Line, string? Note = null);

/// <summary>A row the template does not have, kept under <c>extra</c> with the columns it was printed under.</summary>
public sealed record ImportedExtra(TableId Table, string Label, ImmutableArray<string> Columns, ImmutableArray<decimal?> Values, int Line);

/// <summary>Everything read from the statistical tables of one report.</summary>
public sealed record ImportedTables(
    ReportFormat Format,
    ImmutableDictionary<string, ImportedRow> Rows,
    ImmutableArray<ImportedExtra> Extra,
    ImmutableHashSet<TableId> Found,
    string? ProcurementAmount)
{
    public static ImportedTables None(ReportFormat format) =>
        new(format, ImmutableDictionary<string, ImportedRow>.Empty, [], [], null);
}
