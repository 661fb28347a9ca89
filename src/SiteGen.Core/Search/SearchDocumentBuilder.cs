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
    public static SearchDocument Build(Report report, int number)
    {
        var narrative = NarrativeDocument.Parse(report.Body);
        var blocks = narrative.Preamble.Concat(narrative.Sections.SelectMany(s => s.Blocks))
            .Select(NarrativeDocument.PlainText).Where(t => t.Length > 0);
        return new SearchDocument(
            number,
            Routes.Report(report.Agency.Id, report.Year),
            report.Title,
            report.Agency.Name,
            string.Join("\n", blocks),
            report.Year,
            report.Agency.Id,
            string.Join(" ", report.Agency.Region),
            $"{report.Agency.Level}级",
            report.Agency.Sector);
    }
}
