using SiteGen.Core.Reports;

namespace SiteGen.Core.Import;

/// <summary>
/// Reads table 二 (主动公开政府信息情况) of either format by its row labels. 2019's 政府集中采购 keeps its amount as
/// printed, unit and all (content-model.md); 2019's 本年增/减 may be signed (+3, -417).
/// </summary>
public static class DisclosureTableReader
{
    public static void Read(TableDef table, IReadOnlyList<CellToken> tokens, TablesBuilder into)
    {
        var sequence = RowSequenceReader.Read(tokens, table.Rows);
        if (sequence.Rows.Count == 0)
        {
            return;
        }

        into.Found(table.Id);
        foreach (var hit in sequence.Rows)
        {
            if (hit.Row.Path == "disclosure_2019.procurement")
            {
                ReadProcurement(hit, into);
            }
            else
            {
                into.PlaceInOrder(hit);
            }
        }

        into.AddExtras(table.Id, sequence);
    }

    private static void ReadProcurement(RowHit read, TablesBuilder into)
    {
        var hit = read with { Values = CellToken.TrimSoft(read.Values, 2) };
        if (hit.Values.Count == 0)
        {
            // An empty row is blank in the original, as for every other row (IMPORT-BLANK), not a cell to place.
            into.PlaceInOrder(hit);
            return;
        }

        if (hit.Values.Count is not (1 or 2))
        {
            into.Unplaced(hit, $"有 {hit.Values.Count} 个单元格，但只有采购项目数量和采购总金额两列");
            return;
        }

        var items = CellConverter.Convert(hit.Row, 0, hit.Values[0], into.Log);
        into.Add(new ImportedRow(hit.Row, [items], hit.Line));
        if (hit.Values.Count == 2 && hit.Values[1].Kind == TokenKind.Number)
        {
            into.ProcurementAmount = hit.Values[1].Text.Replace(" ", "", StringComparison.Ordinal);
        }
    }
}
