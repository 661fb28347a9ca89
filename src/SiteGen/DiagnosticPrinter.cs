using SiteGen.Core.Diagnostics;

namespace SiteGen.Cli;

/// <summary>Prints diagnostics one a line, as <c>path(line,col): error CODE: message fix</c>, to standard error.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter writer)
    {
        foreach (var diagnostic in diagnostics)
        {
            writer.WriteLine(diagnostic.ToString());
        }
    }

    public static string Summary(IReadOnlyCollection<Diagnostic> diagnostics) =>
        $"{diagnostics.Count(d => d.IsError)} 个错误，{diagnostics.Count(d => !d.IsError)} 个警告";
}
