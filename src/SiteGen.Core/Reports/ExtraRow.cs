using System.Collections.Immutable;

namespace SiteGen.Core.Reports;

/// <summary>A row a provincial variant adds to a national table (Hubei 2020's 其他主动公开文件): kept and shown, never dropped.</summary>
public sealed record ExtraRow(TableId Table, string Label, ImmutableArray<string> Columns, CellRow Cells);
