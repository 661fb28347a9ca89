using SiteGen.Core.Content;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Import;
using SiteGen.Core.Reports;

namespace SiteGen.Tests.Import;

/// <summary>Imports bytes as the CLI does and parses the result back with the strict loader, for assertions.</summary>
internal sealed record Imported(ImportResult Result, Report? Report, IReadOnlyList<Diagnostic> Diagnostics, int ExitCode)
{
    public static Imported From(byte[] bytes, string name = "report.txt")
    {
        var result = ReportImporter.Import(name, bytes);
        var diagnostics = ImportCheck.Check(result, name, "imported.md");
        var report = result.Text is null ? null : ReportFileLoader.Parse("imported.md", System.Text.Encoding.UTF8.GetBytes(result.Text)).Report;
        return new Imported(result, report, diagnostics, ImportCheck.ExitCode(result, diagnostics));
    }

    public static Imported From(ImportFixture fixture, Shape shape) => From(fixture.Render(shape), fixture.FileName(shape));

    public decimal?[] Row(string path)
    {
        Assert.True(Report is not null, "the import does not load: " + string.Join("\n", Diagnostics));
        Assert.True(Report!.Cells.ContainsKey(path), $"no row {path}:\n{Result.Text}");
        return [.. Report.Cells[path].Cells];
    }

    public bool Has(string code, Severity? severity = null) => Diagnostics.Any(d => d.Code == code && (severity is null || d.Severity == severity));

    public string Dump => string.Join("\n", Diagnostics) + "\n" + Result.Text;
}
