using System.Text;
using System.Text.Json;
using SiteGen.Core.Content;
using SiteGen.Core.Reports;
using SiteGen.Tests.Html;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.BarrierFree;

/// <summary>
/// The barrier-free views and data files of every seed report, checked against the front matter with labels rebuilt
/// here from <see cref="NationalTemplate"/>: one text line per data cell, simple tables whose scope headers name each
/// cell, CSV and JSON with the same numbers, all linked from the report page.
/// </summary>
public sealed class BarrierFreeViewTests(SeedSiteFixture site) : IClassFixture<SeedSiteFixture>
{
    private static readonly Lazy<List<Report>> Reports = new(() => [.. ContentLoader.Load(RepoPaths.Content).Reports]);

    public static TheoryData<string, int> ReportKeys() => new()
    {
        { "xinyang-pingqiao-zjj", 2024 }, { "zhoukou-zjj", 2024 }, { "pingdingshan-yexian-zjj", 2025 },
        { "xinxiang-zjj", 2021 }, { "luoyang-xigong-zjj", 2024 },
    };

    /// <summary>Every number of the report with the label the text view must show: row path · column path.</summary>
    private static List<(string Key, string Label, decimal? Value)> ExpectedCells(Report report)
    {
        var cells = new List<(string, string, decimal?)>();
        foreach (var table in report.Tables)
        {
            foreach (var row in table.Rows.Where(r => report.Cells.ContainsKey(r.Path)))
            {
                var rowPath = row.Block is null ? row.HeaderPath : $"{row.Block} › {row.Label}";
                for (var c = 0; c < row.Columns.Length; c++)
                {
                    cells.Add((row.Path, $"{rowPath} · {row.Columns[c].Path}", report.Cells[row.Path][c]));
                }
            }
        }

        return cells;
    }

    private static Report Find(string id, int year) => Reports.Value.Single(r => r.Agency.Id == id && r.Year == year);

    [Theory]
    [MemberData(nameof(ReportKeys))]
    public void The_report_page_links_every_view_and_data_file(string id, int year)
    {
        var page = site.Page($"reports/{id}/{year}/index.html");
        var links = page.QuerySelectorAll(".report-views a").Select(a => a.GetAttribute("href")).ToList();
        string[] expected =
        [
            $"/reports/{id}/{year}/text/", $"/reports/{id}/{year}/tables/", $"/reports/{id}/{year}/large/",
            $"/reports/{id}/{year}/{id}-{year}-table-2.csv", $"/reports/{id}/{year}/{id}-{year}-table-3.csv",
            $"/reports/{id}/{year}/{id}-{year}-table-4.csv", $"/reports/{id}/{year}/{id}-{year}.json",
        ];
        Assert.Equal(expected, links);
        foreach (var link in expected)
        {
            var file = link.TrimStart('/') + (link.EndsWith('/') ? "index.html" : "");
            Assert.True(site.Exists(file), $"{link} is linked from the report page but was not written");
        }

        // Each view links back to the others and never to itself.
        var text = site.Page($"reports/{id}/{year}/text/index.html").QuerySelectorAll(".report-views .view-links a").Select(a => a.TextContent).ToList();
        Assert.Equal(["标准版", "分表版", "大字版"], text);
    }

    /// <summary>
    /// At 320 px a wide table shows its row headers and little else (表三's three header columns fill the width): its
    /// narrow-screen hint links to the same table in the 分表版 and the 逐项文字版, at that table's heading, on the
    /// standard page and the 大字版 alike.
    /// </summary>
    [Theory]
    [MemberData(nameof(ReportKeys))]
    public void A_wide_tables_hint_links_to_that_table_in_the_split_and_text_views(string id, int year)
    {
        string[] numbers = ["", "一", "二", "三", "四", "五", "六"];
        foreach (var view in new[] { "", "large/" })
        {
            var page = site.Page($"reports/{id}/{year}/{view}index.html");
            var wide = 0;
            foreach (var section in page.QuerySelectorAll("main section[id^='section-']"))
            {
                var number = numbers[int.Parse(section.Id!["section-".Length..], System.Globalization.CultureInfo.InvariantCulture)];
                foreach (var scroll in section.QuerySelectorAll(".table-scroll"))
                {
                    var columns = scroll.QuerySelector("tbody tr")!.QuerySelectorAll("td").Length;
                    var hint = scroll.PreviousElementSibling;
                    if (columns <= 3)
                    {
                        Assert.False(hint?.ClassList.Contains("scroll-hint"), $"{view}: a table of {columns} columns has a scroll hint");
                        continue;
                    }

                    wide++;
                    Assert.True(hint?.ClassList.Contains("scroll-hint"), $"{view}: table {scroll.QuerySelector("caption")?.TextContent} is wide but has no hint");
                    var links = hint!.QuerySelectorAll("a").Select(a => (a.TextContent, a.GetAttribute("href")!)).ToList();
                    Assert.Equal(
                        [("分表版", $"/reports/{id}/{year}/tables/#table-{number}-heading"), ("逐项文字版", $"/reports/{id}/{year}/text/#table-{number}-heading")],
                        links);
                    foreach (var (_, href) in links)
                    {
                        var (path, anchor) = (href[..href.IndexOf('#')], href[(href.IndexOf('#') + 1)..]);
                        var heading = site.Page(path.TrimStart('/') + "index.html").GetElementById(anchor);
                        Assert.True(heading is not null, $"{href} points to no element");
                        Assert.StartsWith($"表{number}", heading!.TextContent);
                    }

                    Assert.Equal($"表格较宽，可左右滑动查看，也可看本表的分表版或逐项文字版。", hint.TextContent);
                }
            }

            // 表三 has seven number columns in every format: a report with tables has at least one wide table.
            Assert.True(wide > 0, $"{view}: no wide table found");
        }
    }

    /// <summary>The 分表版's wide tables (表三's seven applicant columns) link to their table in the 逐项文字版.</summary>
    [Theory]
    [MemberData(nameof(ReportKeys))]
    public void A_wide_split_tables_hint_links_to_that_table_in_the_text_view(string id, int year)
    {
        var page = site.Page($"reports/{id}/{year}/tables/index.html");
        var text = site.Page($"reports/{id}/{year}/text/index.html");
        var hints = 0;
        foreach (var section in page.QuerySelectorAll("main section.split-tables"))
        {
            var heading = section.QuerySelector("h2")!.TextContent; // 表三 收到和处理政府信息公开申请情况
            foreach (var hint in section.QuerySelectorAll(".scroll-hint"))
            {
                hints++;
                var link = Assert.Single(hint.QuerySelectorAll("a"));
                Assert.Equal("逐项文字版", link.TextContent);
                var href = link.GetAttribute("href")!;
                Assert.StartsWith($"/reports/{id}/{year}/text/#", href);
                var target = text.GetElementById(href[(href.IndexOf('#') + 1)..]);
                Assert.True(target is not null, $"{href} points to no element");
                Assert.Equal(heading, target!.TextContent);
            }
        }

        Assert.True(hints > 0, "no wide table on the 分表版");
    }

    [Theory]
    [MemberData(nameof(ReportKeys))]
    public void The_text_view_has_one_line_per_data_cell_with_the_front_matter_number(string id, int year)
    {
        var report = Find(id, year);
        var page = site.Page($"reports/{id}/{year}/text/index.html");
        var lines = page.QuerySelectorAll("main .cell-lines li").Select(li => li.TextContent).ToList();

        var expected = ExpectedCells(report).Select(c => $"{c.Label}：{c.Value?.ToString() ?? "空白"}").ToList();
        Assert.Equal(expected, lines);
        Assert.Equal(["表二 主动公开政府信息情况", "表三 收到和处理政府信息公开申请情况", "表四 政府信息公开行政复议、行政诉讼情况"],
            page.QuerySelectorAll("main section > h2").Select(h => h.TextContent));
    }

    [Fact]
    public void The_text_view_reads_the_example_of_the_issue()
    {
        var lines = site.Page("reports/zhoukou-zjj/2024/text/index.html").QuerySelectorAll(".cell-lines li").Select(li => li.TextContent);

        Assert.Contains("三、本年度办理结果 › （三）不予公开 › 1.属于国家秘密 · 申请人情况 › 自然人：0", lines);
    }

    /// <summary>Simple tables: one header row, one row header per row; scope alone names each cell's headers (H63).</summary>
    [Theory]
    [MemberData(nameof(ReportKeys))]
    public void Split_tables_are_simple_and_each_cell_resolves_by_scope_to_its_headers(string id, int year)
    {
        var report = Find(id, year);
        var page = site.Page($"reports/{id}/{year}/tables/index.html");
        var found = new List<(string Key, string Label, decimal? Value)>();
        foreach (var table in page.QuerySelectorAll("main table"))
        {
            var headRows = table.QuerySelectorAll("thead tr").ToList();
            Assert.Single(headRows);
            var columns = headRows[0].QuerySelectorAll("th").ToList();
            Assert.All(columns, th => Assert.Equal("col", th.GetAttribute("scope")));
            Assert.Empty(table.QuerySelectorAll("[headers], [colspan], [rowspan]"));
            var group = table.QuerySelector("caption")!.TextContent;
            foreach (var row in table.QuerySelectorAll("tbody tr"))
            {
                var header = Assert.Single(row.QuerySelectorAll("th"));
                Assert.Equal("row", header.GetAttribute("scope"));
                var cells = row.QuerySelectorAll("td").ToList();
                Assert.Equal(columns.Count - 1, cells.Count);
                for (var c = 0; c < cells.Count; c++)
                {
                    var text = cells[c].TextContent.Trim();
                    found.Add((group, $"{header.TextContent} · {columns[c + 1].TextContent}", text == "—" ? null : decimal.Parse(text)));
                }
            }
        }

        // The row's own label and the column's whole path are in the cell's two headers; the group is in the caption.
        var expected = ExpectedCells(report);
        Assert.Equal(expected.Count, found.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var row = report.Tables.SelectMany(t => t.Rows).Single(r => r.Path == expected[i].Key);
            var column = expected[i].Label[(expected[i].Label.IndexOf(" · ", StringComparison.Ordinal) + 3)..];
            Assert.Equal($"{row.Label} · {column}", found[i].Label);
            Assert.Equal(expected[i].Value, found[i].Value);
            var context = row.Block ?? (row.Parents.IsEmpty ? row.Label : string.Join(" › ", row.Parents));
            Assert.Contains(context, found[i].Key);
        }
    }

    [Theory]
    [MemberData(nameof(ReportKeys))]
    public void Csv_files_are_utf8_with_bom_and_hold_every_number(string id, int year)
    {
        var report = Find(id, year);
        var rows = new List<string[]>();
        foreach (var number in new[] { 2, 3, 4 })
        {
            var bytes = site.Bytes($"reports/{id}/{year}/{id}-{year}-table-{number}.csv");
            Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
            var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal("表格,行,列,数值,字段", lines[0]);
            rows.AddRange(lines.Skip(1).Select(ParseCsvLine));
        }

        var expected = ExpectedCells(report);
        Assert.Equal(expected.Count, rows.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].Label, $"{rows[i][1]} · {rows[i][2]}");
            Assert.Equal(expected[i].Value?.ToString() ?? "", rows[i][3]);
            Assert.Equal(expected[i].Key, rows[i][4]);
        }
    }

    [Theory]
    [MemberData(nameof(ReportKeys))]
    public void The_json_file_holds_every_number_with_its_paths(string id, int year)
    {
        var report = Find(id, year);
        using var json = JsonDocument.Parse(site.Bytes($"reports/{id}/{year}/{id}-{year}.json"));
        var root = json.RootElement;
        Assert.Equal(id, root.GetProperty("agency").GetProperty("id").GetString());
        Assert.Equal(year, root.GetProperty("year").GetInt32());
        var cells = root.GetProperty("tables").EnumerateArray().SelectMany(t => t.GetProperty("cells").EnumerateArray()).ToList();
        var expected = ExpectedCells(report);
        Assert.Equal(expected.Count, cells.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var row = string.Join(" › ", cells[i].GetProperty("row").EnumerateArray().Select(e => e.GetString()));
            var column = string.Join(" › ", cells[i].GetProperty("column").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(expected[i].Label, $"{row} · {column}");
            var value = cells[i].GetProperty("value");
            Assert.Equal(expected[i].Value, value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal());
        }
    }

    [Fact]
    public void Blank_cells_stay_blank_in_every_form()
    {
        var report = Find("pingdingshan-yexian-zjj", 2025);
        Assert.Contains(ExpectedCells(report), c => c.Value is null);
        var text = site.Page("reports/pingdingshan-yexian-zjj/2025/text/index.html").QuerySelectorAll(".cell-lines li").Select(li => li.TextContent);
        Assert.Contains(text, line => line.EndsWith("：空白", StringComparison.Ordinal));
        var csv = Encoding.UTF8.GetString(site.Bytes("reports/pingdingshan-yexian-zjj/2025/pingdingshan-yexian-zjj-2025-table-3.csv"));
        Assert.Contains(",,applications.", csv);
    }

    [Fact]
    public void The_large_type_view_fixes_its_scale_in_its_markup_so_it_works_without_javascript()
    {
        var page = site.Page("reports/zhoukou-zjj/2024/large/index.html");

        Assert.Contains("text-150", page.DocumentElement.ClassList);
        Assert.Equal("150", page.DocumentElement.GetAttribute("data-fixed-scale"));
        Assert.NotNull(page.QuerySelector("#section-3 table#t3"));
        var standard = site.Page("reports/zhoukou-zjj/2024/index.html");
        Assert.Empty(standard.DocumentElement.ClassList);
        Assert.Equal("/reports/zhoukou-zjj/2024/large/", standard.QuerySelector(".display-links a")!.GetAttribute("href"));
    }

    [Fact]
    public void Every_page_links_the_accessibility_statement_from_its_footer()
    {
        foreach (var (path, document) in site.Pages())
        {
            var links = document.QuerySelectorAll("footer a").Select(a => a.GetAttribute("href"));
            Assert.True(links.Contains("/accessibility/"), $"{path} has no link to the 无障碍声明 in its footer");
        }

        var statement = site.Page("accessibility/index.html");
        Assert.Equal(["standard", "views", "display", "keyboard", "testing", "limits", "feedback"],
            statement.QuerySelectorAll("main h2").Select(h => h.Id));
        Assert.Contains("WCAG", statement.QuerySelector("#standard")!.ParentElement!.TextContent);
    }

    [Fact]
    public void Only_report_pages_load_the_read_aloud_script_and_no_page_has_inline_script()
    {
        foreach (var (path, document) in site.Pages())
        {
            var scripts = document.QuerySelectorAll("script").ToList();
            Assert.All(scripts, s => Assert.False(string.IsNullOrWhiteSpace(s.GetAttribute("src")), $"{path} has an inline script"));
            var readAloud = scripts.Any(s => s.GetAttribute("src")!.EndsWith("read-aloud.js", StringComparison.Ordinal));
            var isReport = document.QuerySelector("#read-aloud") is not null;
            Assert.Equal(isReport, readAloud);
            Assert.Equal(isReport, path.StartsWith("reports/", StringComparison.Ordinal) && (path.EndsWith("large/index.html", StringComparison.Ordinal) || path.Count(c => c == '/') == 3));
        }
    }

    private static string[] ParseCsvLine(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted && ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (ch == '"')
            {
                quoted = !quoted;
            }
            else if (ch == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
