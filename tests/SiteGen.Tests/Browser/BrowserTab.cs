using Microsoft.Playwright;

namespace SiteGen.Tests.Browser;

/// <summary>One page in its own browser context: nothing (focus, storage, zoom) leaks from one test into the next.</summary>
public sealed class BrowserTab(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    public ValueTask DisposeAsync() => context.DisposeAsync();
}
