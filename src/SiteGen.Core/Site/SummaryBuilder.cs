using System.Globalization;
using SiteGen.Core.Reports;
using SiteGen.Core.Site.Pages;

namespace SiteGen.Core.Site;

/// <summary>The headline figures lists show for a report, formatted once here so that lists stay plain templates.</summary>
internal static class SummaryBuilder
{
    public static ReportSummary Summary(Report report, string fromRoute, LinkResolver links, bool hasErrors)
    {
        var received = report.Row("applications.received") is { } row ? Format(row.Cells[^1]) : "—";
        var appeals = new[] { "appeals.review", "appeals.litigation_direct", "appeals.litigation_after_review" }
            .Select(report.Row).ToList();
        var appealText = appeals.All(a => a is null) ? "—" : Format(appeals.Sum(a => a?.Cells[^1] ?? 0));
        return new ReportSummary(
            report.Agency.Name,
            report.Agency.Id,
            report.Year,
            string.Join(" ", report.Agency.Region),
            new Link($"{report.Agency.Name} {report.Year} 年报告", links.Href(fromRoute, Routes.Report(report.Agency.Id, report.Year))),
            new Link(report.Agency.Name, links.Href(fromRoute, Routes.Agency(report.Agency.Id))),
            received,
            appealText,
            hasErrors);
    }

    private static string Format(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";
}
