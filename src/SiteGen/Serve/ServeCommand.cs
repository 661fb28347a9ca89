using System.CommandLine;

namespace SiteGen.Cli.Serve;

/// <summary><c>sitegen serve [--port N]</c>: build, serve on 127.0.0.1, rebuild on every change, reload open pages.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var content = new Option<string>("--content") { Description = "The folder of report files.", DefaultValueFactory = _ => "content" };
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 (0: any free port).", DefaultValueFactory = _ => 8080 };
        var output = new Option<string?>("--output") { Description = "Where the preview is built (default: a temporary folder, so output/ never carries the reload script)." };
        var command = new Command("serve", "Preview the site on this computer; pages reload when a report file changes.") { content, port, output };
        command.SetAction((result, cancel) => Run(result.GetValue(content)!, result.GetValue(port), result.GetValue(output), cancel));
        return command;
    }

    private static async Task<int> Run(string content, int port, string? output, CancellationToken cancel)
    {
        if (port is < 0 or > 65535)
        {
            Console.Error.WriteLine($"error: --port {port} is not a port number (0-65535).");
            return 1;
        }

        var temporary = output is null ? Directory.CreateTempSubdirectory("sitegen-serve-").FullName : null;
        try
        {
            await using var server = new PreviewServer(content, output ?? Path.Combine(temporary!, "site"), ["themes"]);
            var address = await server.StartAsync(port, cancel);
            Console.WriteLine($"Serving {address} (Ctrl+C to stop). Watching {content}/ and themes/; pages reload after each build.");
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
