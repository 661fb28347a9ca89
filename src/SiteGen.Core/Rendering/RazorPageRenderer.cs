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
/// Renders page models through a theme's Razor components with <see cref="HtmlRenderer"/>. Use one per worker: a
/// renderer keeps every component it rendered until disposed, so it is recycled after a batch of pages
/// (530 MB at 10,000 pages without, 160 MB with; architecture.md), and separate renderers run in parallel.
/// </summary>
public sealed class RazorPageRenderer : IDisposable
{
    private const int PagesPerRenderer = 100;

    private readonly ITheme _theme;
    private readonly ServiceProvider _services;
    private HtmlRenderer _renderer;
    private int _rendered;

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
        _renderer = NewRenderer();
    }

    /// <summary>The whole HTML document of <paramref name="page"/>.</summary>
    public string Render(Page page)
    {
        if (++_rendered % PagesPerRenderer == 0)
        {
            _renderer.Dispose();
            _renderer = NewRenderer();
        }

        var component = _theme.ComponentFor(page);
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { ["Page"] = page });

        // Rendering off the renderer's dispatcher throws; InvokeAsync runs it there.
        var html = _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await _renderer.RenderComponentAsync(component, parameters);
            return output.ToHtmlString();
        }).GetAwaiter().GetResult();
        return "<!DOCTYPE html>\n" + html;
    }

    public void Dispose()
    {
        _renderer.Dispose();
        _services.Dispose();
    }

    private HtmlRenderer NewRenderer() => new(_services, NullLoggerFactory.Instance);
}
