using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace SiteGen.Tests.Browser;

/// <summary>
/// Serves the built site over HTTP the way a plain web server would: index.html for folder URLs, a charset on every
/// text type (the pages must not depend on the browser guessing UTF-8), 404.html with status 404 for anything else.
/// Pages opened from file:// would behave differently (root-relative links, fragment focus, storage).
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticSiteServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>Where the site is served, e.g. http://127.0.0.1:41234/ (port chosen by the OS, so runs never collide).</summary>
    public Uri BaseUrl { get; }

    public static async Task<StaticSiteServer> StartAsync(string root)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

        var app = builder.Build();
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, DefaultFileNames = ["index.html"] });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = ContentTypes(), ServeUnknownFileTypes = false });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            var notFound = files.GetFileInfo("404.html");
            if (notFound.Exists)
            {
                await context.Response.SendFileAsync(notFound);
            }
        });

        await app.StartAsync();
        var address = app.Urls.Single(); // after start: the address Kestrel actually bound, with its port
        return new StaticSiteServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

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
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
