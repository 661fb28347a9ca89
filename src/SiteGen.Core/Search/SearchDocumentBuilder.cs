using SiteGen.Core.Narrative;
using SiteGen.Core.Reports;
using SiteGen.Core.Site;

namespace SiteGen.Core.Search;

/// <summary>
/// Turns reports into search documents. The body is the narrative's plain text. The table labels and the six
/// national section headings are left out: every report of a format prints the same ones, so they would make
/// every template word (行政复议, 本机关不掌握) match every report.
/// </summary>
public static class SearchDocumentBuilder
{
    /// <summary>
    /// The table rows that hold a number other than 0, as text ("… › 1.本机关不掌握相关政府信息：自然人 95、总计 95"):
    /// a search for 本机关不掌握 then finds the reports where that outcome happened, not every report that prints the row.
    /// </summary>
    public static IEnumerable<string> NonZeroRows(Report report) =>
        from table in report.Tables
        from row in table.Rows
        let cells = report.Row(row.Path)
        where cells is not null && cells.Cells.Any(c => c is not null and not 0)
        select row.HeaderPath + "：" + string.Join("、", row.Columns.Select((c, i) => (c.Label, Value: cells[i]))
            .Where(c => c.Value is not null and not 0)
            .Select(c => $"{c.Label} {c.Value!.Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)}"));

    public static SearchDocument Build(Report report, int number)
    {
        var narrative = NarrativeDocument.Parse(report.Body);
        var blocks = narrative.Preamble.Concat(narrative.Sections.SelectMany(s => s.Blocks))
            .Select(NarrativeDocument.PlainText).Where(t => t.Length > 0)
            .Concat(NonZeroRows(report));
        return Facts(report, number) with { Body = string.Join("\n", blocks) };
    }

    /// <summary>
    /// The document without its body: all a plan needs (the search page's filters), made without parsing the
    /// narrative. A one-off build gives these to the index and makes each whole document only when the index reads it
    /// (<see cref="SearchIndexState.BuildOnce"/>), so that every report's text is not held twice.
    /// </summary>
    public static SearchDocument Facts(Report report, int number) => new(
        number,
        Routes.Report(report.Agency.Id, report.Year),
        report.Title,
        report.Agency.Name,
        "",
        report.Year,
        report.Agency.Id,
        string.Join(" ", report.Agency.Region),
        $"{report.Agency.Level}级",
        report.Agency.Sector);
}
