using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SiteGen.Core;
using SiteGen.Themes.Default;

namespace SiteGen.Cli.Serve;

/// <summary>
/// The preview server: Kestrel from the installed ASP.NET Core framework serving the built folder, a rebuild after
/// each change under the watched folders, and /__sitegen/ endpoints for the reload script. A build that stops on a
/// report's errors does not stop the server: pages answer with the diagnostics until the file is fixed.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    public const string ReloadScriptRoute = "/__sitegen/live-reload.js";
    private const string VersionRoute = "/__sitegen/version";

    private readonly string _content;
    private readonly string _output;
    private readonly ChangeWatcher _watcher;
    private readonly CancellationTokenSource _stop = new();
    private readonly object _buildLock = new();
    private WebApplication? _app;
    private BuildSession? _session;
    private Task? _rebuilds;
    private string _baseUrl = "http://127.0.0.1";

    /// <summary>The number of builds so far and the last one's result: swapped whole, read by requests without a lock.</summary>
    private volatile BuildState _state = new(0, null);

    private sealed record BuildState(int Version, BuildResult? Stopped);

    public PreviewServer(string content, string output, IEnumerable<string> alsoWatch)
    {
        _content = content;
        _output = output;
        // An editor's save is a burst of events a few milliseconds apart; 100 ms of quiet ends it and leaves most of
        // issue 8's second for the rebuild.
        _watcher = new ChangeWatcher([content, .. alsoWatch], TimeSpan.FromMilliseconds(100));
    }

    public async Task<Uri> StartAsync(int port, CancellationToken cancel)
    {
        Directory.CreateDirectory(_output);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        _app = builder.Build();
        Configure(_app);
        await _app.StartAsync(cancel);
        var address = new Uri(_app.Urls.Single().TrimEnd('/') + "/");
        _baseUrl = address.GetLeftPart(UriPartial.Authority);

        Rebuild();
        _rebuilds = _watcher.RunAsync(Rebuild, _stop.Token);
        return address;
    }

    public Task WaitForShutdownAsync(CancellationToken cancel) =>
        (_app ?? throw new InvalidOperationException("not started")).WaitForShutdownAsync(cancel);

    private void Configure(WebApplication app)
    {
        // Plain middleware, not endpoints: the static files' terminal 404 below would end the pipeline before them.
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value;
            if (path is VersionRoute or ReloadScriptRoute)
            {
                context.Response.Headers.CacheControl = "no-store";
                var version = _state.Version;
                context.Response.ContentType = path == VersionRoute ? "text/plain; charset=utf-8" : "text/javascript; charset=utf-8";
                await context.Response.WriteAsync(path == VersionRoute ? version.ToString(System.Globalization.CultureInfo.InvariantCulture) : LiveReloadScript.Text(version));
                return;
            }

            await next(context);
        });

        // While the last build is stopped, every page shows why; the site's CSS, scripts and data still load.
        app.Use(async (context, next) =>
        {
            if (_state.Stopped is { } stopped && IsPage(context.Request.Path))
            {
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers.CacheControl = "no-store";
                await context.Response.WriteAsync(DiagnosticsPage.Render(stopped, ReloadScriptRoute));
                return;
            }

            await next(context);
        });

        var files = new PhysicalFileProvider(Path.GetFullPath(_output));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, DefaultFileNames = ["index.html"] });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = ContentTypes(),
            // Not "no-cache": a page made again within the same second at the same length keeps its Last-Modified and
            // ETag (whole seconds), so a revalidating browser got 304 and showed the page before the edit.
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-store",
        });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            if (files.GetFileInfo("404.html") is { Exists: true } notFound)
            {
                await context.Response.SendFileAsync(notFound);
            }
        });
    }

    private void Rebuild()
    {
        lock (_buildLock)
        {
            // One session for the server's life: it re-reads only edited files and renders only the pages that show
            // them. Stylesheet and scripts come from the checkout when there is one, so that editing them shows on
            // reload.
            _session ??= new BuildSession(new DefaultTheme(DefaultTheme.SourceAssets()), serving: true, options: new BuildOptions
            {
                ContentDir = _content,
                OutputDir = _output,
                BaseUrl = _baseUrl,
                LiveReloadScript = ReloadScriptRoute,
            });
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var result = _session.Build();
            DiagnosticPrinter.Print(result.Diagnostics, Console.Error);
            Console.WriteLine(result.Written
                ? $"已生成 {result.Reports} 份报告的 {result.Pages} 个页面，用时 {clock.ElapsedMilliseconds} ms：写入 {result.Changes.Written} 个文件，删除 {result.Changes.Removed} 个（{DiagnosticPrinter.Summary(result.Diagnostics)}）。"
                : $"生成已停止：{DiagnosticPrinter.Summary(result.Diagnostics)}{(result.Failure is null ? "" : $"；{result.Failure}")}。文件改正之前，浏览器中显示这些问题。");
            _state = new BuildState(_state.Version + 1, result.Written ? null : result);
        }
    }

    /// <summary>A request for a page, not for a stylesheet, script or data file: a folder address or an .html file.</summary>
    private static bool IsPage(PathString path) =>
        path.Value is not { } value
        || (!value.StartsWith("/__sitegen/", StringComparison.Ordinal)
            && (value.EndsWith('/') || value.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || !Path.HasExtension(value)));

    /// <summary>The default map gives "text/html" without a charset; every text type the site writes gets one.</summary>
    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        foreach (var (extension, type) in new[]
        {
            (".html", "text/html"), (".css", "text/css"), (".xml", "application/xml"), (".txt", "text/plain"),
            (".js", "text/javascript"), (".json", "application/json"), (".csv", "text/csv"), (".svg", "image/svg+xml"),
        })
        {
            types.Mappings[extension] = type + "; charset=utf-8";
        }

        return types;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_rebuilds is not null)
        {
            try
            {
                await _rebuilds;
            }
            catch (OperationCanceledException)
            {
            }
        }

        _watcher.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _stop.Dispose();
    }
}
