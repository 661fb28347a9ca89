using System.CommandLine;
using SiteGen.Core;
using SiteGen.Core.Site;
using SiteGen.Themes.Default;

namespace SiteGen.Cli;

/// <summary><c>sitegen build</c>: the whole site from content/ into output/.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var content = new Option<string>("--content") { Description = "报告文件所在的文件夹。", DefaultValueFactory = _ => "content" };
        var output = new Option<string>("--output") { Description = "网站的输出文件夹（整体替换）。", DefaultValueFactory = _ => "output" };
        var basePath = new Option<string>("--base-path") { Description = "网站所在的路径，如 /reports/。", DefaultValueFactory = _ => "/" };
        var baseUrl = new Option<string>("--base-url") { Description = "网站地图和订阅源所用的协议和主机名，如 https://www.example.gov.cn。", DefaultValueFactory = _ => "http://localhost" };
        var fileLinks = new Option<bool>("--file-links") { Description = "写以 index.html 结尾的相对链接：用于不把文件夹映射到 index.html 的对象存储，或直接从磁盘打开 output/。" };
        var contact = new Option<string?>("--contact") { Description = "网站运营方的电子邮箱或网址，用于反馈无障碍问题和数字错误，显示在无障碍声明中。" };
        var lunr = new Option<bool>("--lunr-export") { Description = "另外写出 search/lunr-index.json：lunr.js 2.3.9 格式的完整搜索索引（很大：1,000 份报告约 77 MB）。" };
        var verbose = new Option<bool>("--verbose") { Description = "每个步骤结束时显示该步骤及其用时。" };
        var quiet = new Option<bool>("--quiet") { Description = "只显示错误：不显示进度、警告和汇总。" };

        var command = new Command("build", "从报告文件生成网站。") { content, output, basePath, baseUrl, fileLinks, contact, lunr, verbose, quiet };
        command.SetAction(result =>
        {
            var options = new BuildOptions
            {
                ContentDir = result.GetValue(content)!,
                OutputDir = result.GetValue(output)!,
                BasePath = result.GetValue(basePath)!,
                BaseUrl = result.GetValue(baseUrl)!,
                LinkStyle = result.GetValue(fileLinks) ? LinkStyle.File : LinkStyle.Directory,
                LunrExport = result.GetValue(lunr),
                Contact = result.GetValue(contact),
            };
            return Run(options, result.GetValue(verbose), result.GetValue(quiet));
        });
        return command;
    }

    private static int Run(BuildOptions options, bool verbose, bool quiet)
    {
        var result = BuildProgressDisplay.Run(progress => new SiteBuilder(new DefaultTheme()).Build(options, progress), quiet, verbose);
        DiagnosticPrinter.Print(quiet ? result.Diagnostics.Where(d => d.IsError) : result.Diagnostics, Console.Error);
        if (result.Failure is not null)
        {
            Console.Error.WriteLine($"error: {result.Failure}");
        }

        if (verbose)
        {
            foreach (var timing in result.Timings)
            {
                Console.Error.WriteLine($"  {timing.Step,-10} {timing.Elapsed.TotalMilliseconds,8:0} ms");
            }
        }

        if (!result.Written)
        {
            Console.Error.WriteLine($"生成已停止：{DiagnosticPrinter.Summary(result.Diagnostics)}。{options.OutputDir}/ 未作改动。");
            return 1;
        }

        if (!quiet)
        {
            var c = result.Changes;
            Console.WriteLine($"已生成 {result.Reports} 份报告的 {result.Pages} 个页面，输出到 {options.OutputDir}/：写入 {c.Written} 个文件，{c.Unchanged} 个未变，删除 {c.Removed} 个（{DiagnosticPrinter.Summary(result.Diagnostics)}；勾稽错误作为“数据质量提示”发布）。");
        }

        return 0;
    }
}
