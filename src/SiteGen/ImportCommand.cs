using System.CommandLine;
using System.Text;
using SiteGen.Core.Content;
using SiteGen.Core.Import;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen import FILE [--output PATH]</c>: a report as editors receive it (text, Markdown, HTML, .docx; UTF-8,
/// UTF-16 or GBK) → a report file on standard output or PATH, checked, with the diagnostics on standard error.
/// Exit code 0: imported and consistent; 1: imported with errors or cells it could not place; 2: unreadable.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "收到的报告：.txt、.md、.html 或 .docx 文件。" };
        var output = new Option<string?>("--output") { Description = "把报告文件写到这里，而不是标准输出。" };
        var command = new Command("import", "把收到的报告（文本、网页、Word）转换为经过检查的报告文件。") { file, output };
        command.SetAction(result => Run(result.GetValue(file)!, result.GetValue(output)));
        return command;
    }

    private static int Run(string file, string? output)
    {
        var display = ContentFiles.DisplayPath(file);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{display}: error IMPORT-READ: 无法读取文件：{e.Message} 请核对路径。");
            return 2;
        }

        var imported = ReportImporter.Import(display, bytes);
        if (imported.Text is not null)
        {
            if (output is null)
            {
                Console.Out.Write(imported.Text);
            }
            else
            {
                File.WriteAllText(output, imported.Text, new UTF8Encoding(false));
            }
        }

        var diagnostics = ImportCheck.Check(imported, display, output is null ? "<stdout>" : ContentFiles.DisplayPath(output));
        DiagnosticPrinter.Print(diagnostics, Console.Error);
        Console.Error.WriteLine(imported.Unreadable
            ? $"未导入：{DiagnosticPrinter.Summary(diagnostics)}。"
            : $"已导入 {display}{(output is null ? "" : $"，写入 {output}")}：{DiagnosticPrinter.Summary(diagnostics)}。");
        return ImportCheck.ExitCode(imported, diagnostics);
    }
}
