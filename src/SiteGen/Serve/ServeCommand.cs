using System.CommandLine;

namespace SiteGen.Cli.Serve;

/// <summary><c>sitegen serve [--port N]</c>: build, serve on 127.0.0.1, rebuild on every change, reload open pages.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var content = new Option<string>("--content") { Description = "报告文件所在的文件夹。", DefaultValueFactory = _ => "content" };
        var port = new Option<int>("--port") { Description = "127.0.0.1 上的端口（0：任一空闲端口）。", DefaultValueFactory = _ => 8080 };
        var output = new Option<string?>("--output") { Description = "预览的生成位置（默认为临时文件夹，因此 output/ 中不会带有自动刷新脚本）。" };
        var command = new Command("serve", "在本机预览网站；报告文件改动后页面自动刷新。") { content, port, output };
        command.SetAction((result, cancel) => Run(result.GetValue(content)!, result.GetValue(port), result.GetValue(output), cancel));
        return command;
    }

    private static async Task<int> Run(string content, int port, string? output, CancellationToken cancel)
    {
        if (port is < 0 or > 65535)
        {
            Console.Error.WriteLine($"error: --port {port} 不是有效的端口号（0-65535）。");
            return 1;
        }

        var temporary = output is null ? Directory.CreateTempSubdirectory("sitegen-serve-").FullName : null;
        try
        {
            await using var server = new PreviewServer(content, output ?? Path.Combine(temporary!, "site"), ["themes"]);
            var address = await server.StartAsync(port, cancel);
            Console.WriteLine($"预览地址：{address}（按 Ctrl+C 停止）。正在监视 {content}/ 和 themes/，每次生成后页面自动刷新。");
            await server.WaitForShutdownAsync(cancel);
            return 0;
        }
        finally
        {
            if (temporary is not null)
            {
                try
                {
                    Directory.Delete(temporary, recursive: true);
                }
                catch (IOException)
                {
                    // A temp folder left behind is harmless.
                }
            }
        }
    }
}
