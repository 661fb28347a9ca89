using System.CommandLine;
using SiteGen.Core.Content;
using SiteGen.Core.Validation;

namespace SiteGen.Cli;

/// <summary><c>sitegen check</c>: load and validate only, every file that can be read; exit code 1 when there is any error.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var content = new Option<string>("--content") { Description = "报告文件所在的文件夹。", DefaultValueFactory = _ => "content" };
        var command = new Command("check", "检查报告文件：数据类型、勾稽关系和警告。") { content };
        command.SetAction(result =>
        {
            var folder = result.GetValue(content)!;
            var loaded = ContentLoader.Load(folder);
            // The files that could be read are checked even when another cannot be: an editor fixes all in one pass.
            var diagnostics = loaded.Diagnostics.AddRange(ReportValidator.Validate(loaded.Reports));
            DiagnosticPrinter.Print(diagnostics, Console.Out);
            var files = Directory.Exists(folder) ? ContentFiles.Find(folder).Count : 0;
            var unread = files - loaded.Reports.Length;
            Console.Out.WriteLine($"已检查 {files} 个报告文件{(unread > 0 ? $"（{unread} 个无法读取，见上）" : "")}：{DiagnosticPrinter.Summary(diagnostics)}。");
            return diagnostics.Any(d => d.IsError) ? 1 : 0;
        });
        return command;
    }
}
