using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SiteGen.Core.Site.Pages;

namespace SiteGen.Core.Rendering;

/// <summary>
/// Renders page models through a theme's Razor components with <see cref="HtmlRenderer"/>. Use one per worker. An
/// <see cref="HtmlRenderer"/> keeps every component it rendered, and their render trees, until it is disposed, so
/// each page gets its own: recycled every 100 pages, the two workers' renderers held about 200 MB of render trees
/// at 10,000 reports (a heap dump in docs/scale.md); one per page costs less than the collections that memory caused
/// (a 1,000-report build: 590 → 380-440 MB peak, and less CPU).
/// </summary>
public sealed class RazorPageRenderer : IDisposable
{
    private readonly ITheme _theme;
    private readonly ServiceProvider _services;
    private readonly Utf8PageWriter _page = new();

    public RazorPageRenderer(ITheme theme)
    {
        _theme = theme;
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));

        // Without this every Chinese character is written as an &#x...; entity.
        services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        services.AddSingleton(JavaScriptEncoder.Create(UnicodeRanges.All));
        _services = services.BuildServiceProvider();
    }

    /// <summary>
    /// The whole HTML document of <paramref name="page"/> as UTF-8, in a buffer this renderer reuses: valid until its
    /// next page.
    /// </summary>
    public ReadOnlySpan<byte> Render(Page page)
    {
        using var renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
        var component = _theme.ComponentFor(page);
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Page"] = page });

        _page.Clear();
        _page.Write("<!DOCTYPE html>\n");

        // Rendering off the renderer's dispatcher throws; InvokeAsync runs it there.
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(component, parameters);
            output.WriteHtmlTo(_page);
        }).GetAwaiter().GetResult();
        return _page.Encode();
    }

    public void Dispose() => _services.Dispose();
}
