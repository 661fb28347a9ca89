using System.Collections.Immutable;
using System.Text;
using SiteGen.Core.Content;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Validation;

namespace SiteGen.Core.Import;

/// <summary>
/// Checks an imported report as <c>sitegen check</c> would: the text is parsed back by the strict loader and run
/// through the identities and warnings. Each finding is moved to the input line its row came from, so every
/// diagnostic names the original's line and the row or cell concerned.
/// </summary>
public static class ImportCheck
{
    public static ImmutableArray<Diagnostic> Check(ImportResult result, string inputDisplay, string outputDisplay)
    {
        if (result.Text is null)
        {
            return result.Diagnostics;
        }

        var (report, loaded) = ReportFileLoader.Parse(outputDisplay, Encoding.UTF8.GetBytes(result.Text));
        // The importer has said where it wrote 待定 or a placeholder id, and why; the loader's PLACEHOLDER warnings, for
        // the file as it stands later, would say it twice.
        var found = loaded.Where(d => d.Code != "PLACEHOLDER");
        found = report is null ? found : found.Concat(ReportValidator.CheckOne(report));
        return [.. result.Diagnostics.Concat(found.Select(d => ToInput(d, result, inputDisplay)))];
    }

    private static Diagnostic ToInput(Diagnostic diagnostic, ImportResult result, string inputDisplay)
    {
        var inputLine = result.InputLineOf(diagnostic.Line);
        return inputLine > 0
            ? diagnostic with { File = inputDisplay, Line = inputLine, Column = 1, Message = $"{diagnostic.Message}（生成的文件第 {diagnostic.Line} 行）" }
            : diagnostic;
    }

    /// <summary>The exit code of <c>sitegen import</c>: 0 imported and consistent, 1 errors or cells not placed, 2 unreadable.</summary>
    public static int ExitCode(ImportResult result, IEnumerable<Diagnostic> diagnostics) =>
        result.Unreadable ? 2 : diagnostics.Any(d => d.IsError) ? 1 : 0;
}
