using System.CommandLine;
using SiteGen.Core.Content;
using SiteGen.Core.Validation;

namespace SiteGen.Cli;

/// <summary><c>sitegen check</c>: load and validate only; exit code 1 when there is any error.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var content = new Option<string>("--content") { Description = "报告文件所在的文件夹。", DefaultValueFactory = _ => "content" };
        var command = new Command("check", "检查报告文件：数据类型、勾稽关系和警告。") { content };
        command.SetAction(result =>
        {
            var loaded = ContentLoader.Load(result.GetValue(content)!);
            var diagnostics = loaded.HasStoppingErrors ? loaded.Diagnostics : loaded.Diagnostics.AddRange(ReportValidator.Validate(loaded.Reports));
            DiagnosticPrinter.Print(diagnostics, Console.Out);
            Console.Out.WriteLine($"已检查 {loaded.Reports.Length} 份报告：{DiagnosticPrinter.Summary(diagnostics)}。");
            return diagnostics.Any(d => d.IsError) ? 1 : 0;
        });
        return command;
    }
}
