using SiteGen.Core.Content;
using SiteGen.Core.Reports;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Html;

/// <summary>
/// What axe cannot see: every data cell's <c>headers</c> name ids that exist once in its table, and together they
/// read the cell's full header path from the template, with the number the front matter holds.
/// </summary>
public sealed class TableHeaderTests(SeedSiteFixture site) : IClassFixture<SeedSiteFixture>
{
    public static TheoryData<string> ReportPages() =>
    [
        "reports/xinyang-pingqiao-zjj/2024/index.html", "reports/zhoukou-zjj/2024/index.html",
        "reports/pingdingshan-yexian-zjj/2025/index.html", "reports/xinxiang-zjj/2021/index.html",
        "reports/luoyang-xigong-zjj/2024/index.html",
    ];

    [Theory]
    [MemberData(nameof(ReportPages))]
    public void Every_cell_resolves_to_its_header_path_and_front_matter_number(string page)
    {
        var parts = page.Split('/');
        var report = ContentLoader.Load(RepoPaths.Content).Reports.Single(r => r.Agency.Id == parts[1] && r.Year == int.Parse(parts[2]));
        var document = site.Page(page);
        var checkedCells = 0;
        foreach (var table in report.Tables.Where(t => t.Id != TableId.Disclosure))
        {
            var html = document.QuerySelector($"table#{(table.Id == TableId.Applications ? "t3" : "t4")}")!;
            var rows = html.QuerySelectorAll("tbody tr").ToList();
            Assert.Equal(table.Rows.Length, rows.Count);
            for (var r = 0; r < rows.Count; r++)
            {
                var cells = rows[r].QuerySelectorAll("td").ToList();
                Assert.Equal(table.Rows[r].Columns.Length, cells.Count);
                for (var c = 0; c < cells.Count; c++)
                {
                    var ids = cells[c].GetAttribute("headers")!.Split(' ');
                    var headers = ids.Select(id =>
                    {
                        var matches = html.QuerySelectorAll($"th[id='{id}']");
                        Assert.True(matches.Length == 1, $"{page}: header id {id} found {matches.Length} times");
                        return matches[0].TextContent.Trim();
                    }).ToList();
                    var column = table.Rows[r].Columns[c];
                    var expected = column.Parents.Add(column.Label).AddRange(table.Rows[r].Parents).Add(table.Rows[r].Label);
                    Assert.Equal(expected, headers);
                    var value = report.Cells[table.Rows[r].Path][c];
                    Assert.Equal(value?.ToString() ?? "—", cells[c].TextContent.Trim());
                    checkedCells++;
                }
            }
        }

        Assert.Equal(25 * 7 + 3 * 5, checkedCells);
    }

    [Fact]
    public void Disclosure_tables_show_every_number_of_table_two()
    {
        var report = ContentLoader.Load(RepoPaths.Content).Reports.Single(r => r.Agency.Id == "pingdingshan-yexian-zjj");
        var document = site.Page("reports/pingdingshan-yexian-zjj/2025/index.html");
        var section = document.QuerySelector("#section-2")!;
        var shown = section.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToList();
        var expected = NationalTemplate.Disclosure2021.Rows.SelectMany(r => report.Cells[r.Path].Cells).Select(v => v!.Value.ToString()).ToList();
        Assert.Equal(expected, shown);
        Assert.Contains("3592", shown);
    }
}
