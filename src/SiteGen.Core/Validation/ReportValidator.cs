using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Narrative;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Validation;

/// <summary>
/// The Validate step: pure, reports in, diagnostics out. Identities are errors (published as notices),
/// the rest are warnings worth a human look (content-model.md).
/// </summary>
public static class ReportValidator
{
    /// <param name="cache">Kept by <c>sitegen serve</c> between builds: a report object seen before is not checked again.</param>
    public static ImmutableArray<Diagnostic> Validate(IReadOnlyList<Report> reports, ValidationCache? cache = null)
    {
        cache ??= new ValidationCache();
        var perReport = new Diagnostic[reports.Count][];
        Parallel.For(0, reports.Count, i => perReport[i] = cache.One(reports[i], r => [.. CheckOne(r)]));

        var all = perReport.SelectMany(d => d).ToList();
        foreach (var agency in reports.GroupBy(r => r.Agency.Id))
        {
            var byYear = agency.ToDictionary(r => r.Year);
            foreach (var report in agency)
            {
                if (byYear.TryGetValue(report.Year - 1, out var previous))
                {
                    all.AddRange(cache.Pair(report, previous, static (r, p) => [.. CrossYearChecks.Check(r, p), .. CopyCheck.Check(r, p)]));
                }
            }
        }

        cache.Forget(reports);

        return [.. all.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Code, StringComparer.Ordinal)];
    }

    public static IEnumerable<Diagnostic> CheckOne(Report report)
    {
        var narrative = NarrativeDocument.Parse(report.Body);
        return IdentityChecks.Check(report)
            .Concat(LevelCheck.Check(report))
            .Concat(MissingCheck.Check(report, narrative))
            .Concat(TextTableCheck.Check(report, narrative));
    }
}
