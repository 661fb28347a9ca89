using System.CommandLine;
using SiteGen.Core.Content;
using SiteGen.Core.Validation;

namespace SiteGen.Cli;

/// <summary><c>sitegen check</c>: load and validate only; exit code 1 when there is any error.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var content = new Option<string>("--content") { Description = "The folder of report files.", DefaultValueFactory = _ => "content" };
        var command = new Command("check", "Check the report files: types, identities (勾稽关系) and warnings.") { content };
        command.SetAction(result =>
        {
            var loaded = ContentLoader.Load(result.GetValue(content)!);
            var diagnostics = loaded.HasStoppingErrors ? loaded.Diagnostics : loaded.Diagnostics.AddRange(ReportValidator.Validate(loaded.Reports));
            DiagnosticPrinter.Print(diagnostics, Console.Out);
            Console.Out.WriteLine($"{loaded.Reports.Length} report(s) checked: {DiagnosticPrinter.Summary(diagnostics)}.");
            return diagnostics.Any(d => d.IsError) ? 1 : 0;
        });
        return command;
    }
}
