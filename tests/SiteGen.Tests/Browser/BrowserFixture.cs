using Microsoft.Playwright;
using SiteGen.Core;
using SiteGen.Themes.Default;

namespace SiteGen.Tests.Browser;

/// <summary>
/// Builds the site from the repository's real content/ into a temporary folder, serves it on 127.0.0.1 and starts
/// Debian's Chromium through Playwright. Shared by the whole Browser collection and torn down after it.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Where Debian's fonts-noto-cjk puts Noto Sans CJK; without it Chinese renders from fallback fonts or as boxes.</summary>
    public const string CjkFontPath = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";

    /// <summary>
    /// Headless in a container as root needs --no-sandbox; the rest stop Chromium from calling home (updates, sync,
    /// QUIC probes), which here only time out and slow each launch.
    /// </summary>
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private string? _tempRoot;
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseUrl => _server?.BaseUrl ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        // Fail, never skip: a missing browser must not turn the accessibility checks silently green.
        var missing = new[] { ChromiumPath, CjkFontPath }.Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"Missing {string.Join(" and ", missing)}. The browser tests need Debian's chromium and fonts-noto-cjk: " +
                "run `sudo bash tests/install-test-deps.sh` once (`playwright install` cannot download browsers here).");
        }

        _tempRoot = Directory.CreateTempSubdirectory("sitegen-browser-").FullName;
        var site = Path.Combine(_tempRoot, "site");
        var result = new SiteBuilder(new DefaultTheme()).Build(new BuildOptions
        {
            ContentDir = Path.Combine(RepositoryRoot.Path, "content"),
            OutputDir = site,
        });
        if (!result.Written)
        {
            throw new InvalidOperationException(
                $"The site did not build from content/: {result.Failure}\n{string.Join('\n', result.Diagnostics)}");
        }

        _server = await StaticSiteServer.StartAsync(site);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// Opens <paramref name="path"/> (site-relative, e.g. "/years/2024/") in a fresh context <paramref name="width"/>
    /// CSS pixels wide, and fails when the server does not answer 200: a test must never pass on the 404 page.
    /// </summary>
    /// <param name="initScript">Runs before the page's own scripts, e.g. to store a reader's choice or stub an API.</param>
    public async Task<BrowserTab> OpenAsync(string path, int width, int height = 800, string? initScript = null)
    {
        var browser = _browser ?? throw new InvalidOperationException("The fixture is not initialised.");
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = 1,
            Locale = "zh-CN",
        });
        if (path.EndsWith("#high-contrast", StringComparison.Ordinal))
        {
            await context.AddInitScriptAsync("localStorage.setItem('sitegen.contrast', 'high')");
        }

        if (initScript is not null)
        {
            await context.AddInitScriptAsync(initScript);
        }

        var tab = new BrowserTab(context, await context.NewPageAsync());
        var response = await tab.Page.GotoAsync(new Uri(BaseUrl, path.TrimStart('/')).ToString());
        if (response is not { Status: 200 })
        {
            await tab.DisposeAsync();
            throw new InvalidOperationException($"GET {path} answered {response?.Status.ToString() ?? "nothing"}, not 200; is the route still built?");
        }

        // The search page answers a query in its address after fetching the index: wait for it to say what it found.
        if (path.Contains("?q=", StringComparison.Ordinal))
        {
            await tab.Page.WaitForSelectorAsync("#search-status:not(:empty)");
        }

        return tab;
    }

    /// <summary>A bare context for tests that change browser settings, such as turning JavaScript off.</summary>
    public Task<IBrowserContext> NewContextAsync(bool javaScriptEnabled = true) =>
        (_browser ?? throw new InvalidOperationException("The fixture is not initialised."))
            .NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = javaScriptEnabled, Locale = "zh-CN" });

    public async Task DisposeAsync()
    {
        // xunit calls this even when InitializeAsync failed half way, so each part may be missing.
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_tempRoot is not null && Directory.Exists(_tempRoot))
        {
            Directory.Delete(_tempRoot, recursive: true);
        }
    }
}
