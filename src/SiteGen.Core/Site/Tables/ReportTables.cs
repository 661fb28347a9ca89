using SiteGen.Core.Reports;

namespace SiteGen.Core.Site.Tables;

/// <summary>The tables of one national section of a report, ready for the theme.</summary>
public static class ReportTables
{
    /// <summary>Table 二 is printed as small tables, one per 第二十条 item; 三 and 四 are one table each.</summary>
    public static IReadOnlyList<TableView> For(Report report, TableId id)
    {
        var table = report.Tables.FirstOrDefault(t => t.Id == id);
        if (table is null || !table.Rows.Any(r => report.Cells.ContainsKey(r.Path)))
        {
            return [];
        }

        var extra = report.Extra.Where(e => e.Table == id).ToList();
        var present = table.Rows.Where(r => report.Cells.ContainsKey(r.Path)).ToList();
        var views = new List<TableView>();
        switch (id)
        {
            case TableId.Disclosure:
                var blocks = present.GroupBy(r => r.Block ?? "").ToList();
                for (var i = 0; i < blocks.Count; i++)
                {
                    var rows = blocks[i].ToList();
                    views.Add(TableViewBuilder.Build($"t2-{i + 1}", blocks[i].Key, "信息内容", rows[0].Columns,
                        [.. rows.Select(r => new TableViewBuilder.Row([r.Label], [.. report.Cells[r.Path].Cells]))]));
                }

                break;
            case TableId.Applications:
                views.Add(TableViewBuilder.Build("t3", "表三 收到和处理政府信息公开申请情况", "项目", NationalTemplate.ApplicantColumns,
                    [.. present.Select(r => new TableViewBuilder.Row([.. r.Parents, r.Label], [.. report.Cells[r.Path].Cells]))]));
                break;
            case TableId.Appeals:
                views.Add(TableViewBuilder.Build("t4", "表四 政府信息公开行政复议、行政诉讼情况", "类别", NationalTemplate.AppealColumns,
                    [.. present.Select(r => new TableViewBuilder.Row([.. r.Parents, r.Label], [.. report.Cells[r.Path].Cells]))]));
                break;
        }

        for (var i = 0; i < extra.Count; i++)
        {
            var columns = extra[i].Columns.Select(c => new ColumnDef(c)).ToList();
            views.Add(TableViewBuilder.Build($"{views[0].Id}-extra-{i + 1}", $"地方增列：{extra[i].Label}", "信息内容", columns,
                [new TableViewBuilder.Row([extra[i].Label], [.. extra[i].Cells.Cells])]));
        }

        return views;
    }
}
