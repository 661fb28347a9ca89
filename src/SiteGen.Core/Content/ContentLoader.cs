using System.Collections.Immutable;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Content;

/// <summary>Everything loaded from the content folder: the reports (sorted by agency and year) and what was found wrong.</summary>
public sealed record LoadResult(ImmutableArray<Report> Reports, ImmutableArray<Diagnostic> Diagnostics)
{
    public bool HasStoppingErrors => Diagnostics.Any(d => d.StopsBuild);
}

/// <summary>The Load step: every content file in parallel, then the archive-wide rule of one report per agency and year.</summary>
public static class ContentLoader
{
    /// <param name="cache">Kept by <c>sitegen serve</c> between builds: a file whose size and time are unchanged is not read again.</param>
    /// <param name="bodies">Where a one-off build keeps the reports' bodies, out of the heap (null: in memory).</param>
    public static LoadResult Load(string contentDir, ContentCache? cache = null, NarrativeStore? bodies = null)
    {
        if (!Directory.Exists(contentDir))
        {
            var missing = new Diagnostic(Severity.Error, "CONTENT", ContentFiles.DisplayPath(contentDir), 0, 0,
                "内容文件夹不存在。", "在项目文件夹中运行，或用 `--content 文件夹` 指定内容文件夹。")
            { StopsBuild = true };
            return new LoadResult([], [missing]);
        }

        var files = ContentFiles.Find(contentDir);
        var loaded = new (Report? Report, IReadOnlyList<Diagnostic> Diagnostics)[files.Count];
        Parallel.For(0, files.Count, i => loaded[i] = cache is null ? ReportFileLoader.Load(files[i], bodies) : cache.Load(files[i], bodies));
        cache?.Forget(files);

        var diagnostics = loaded.SelectMany(l => l.Diagnostics).ToList();
        var reports = loaded.Where(l => l.Report is not null).Select(l => l.Report!).ToList();
        diagnostics.AddRange(Duplicates(reports));
        reports.Sort(static (a, b) =>
        {
            var byAgency = string.CompareOrdinal(a.Agency.Id, b.Agency.Id);
            return byAgency != 0 ? byAgency : a.Year.CompareTo(b.Year);
        });
        return new LoadResult([.. reports], [.. diagnostics]);
    }

    private static IEnumerable<Diagnostic> Duplicates(IEnumerable<Report> reports) =>
        reports.GroupBy(r => r.Key, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .SelectMany(g => g.Skip(1).Select(r =>
            {
                var first = g.First();
                var pos = r.PositionOf("");
                return new Diagnostic(Severity.Error, "DUPLICATE", r.SourcePath, pos.Line, pos.Column,
                    $"{r.Agency.Id} 的 {r.Year} 年报告有两份：{first.SourcePath} 的 `agency.id` 和 `year` 与本文件相同。",
                    "每个机关每年只保留一个文件：合并两份，或改正 `year` 或 `agency.id`。")
                { StopsBuild = true };
            }));
}
