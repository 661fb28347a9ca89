using Microsoft.Playwright;
using SiteGen.Core;
using SiteGen.Core.Site;
using SiteGen.Tests.Support;
using SiteGen.Themes.Default;

namespace SiteGen.Tests.Browser;

/// <summary>
/// Every page carries a Content-Security-Policy that lets only the site's own files load and run. The site keeps
/// working under it: over HTTP (the display chooser, search's fetch of its index) and opened from disk (file://),
/// where Chromium matches 'self' against file: URLs.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture browser)
{
    private const string Policy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";

    [Fact]
    public void Every_page_carries_the_policy()
    {
        using var site = TestSite.FromRepositoryContent();
        Assert.True(site.Build().Written);
        var pages = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.Contains($"<meta http-equiv=\"Content-Security-Policy\" content=\"{Policy}\">", File.ReadAllText(page)));
    }

    [Fact]
    public async Task Inline_script_and_foreign_images_are_refused_while_the_site_s_own_scripts_run()
    {
        await using var tab = await browser.OpenAsync(SitePages.Report, SitePages.Wide);
        var outcome = await tab.Page.EvaluateAsync<string[]>("""
            async () => {
              const violations = [];
              document.addEventListener('securitypolicyviolation', e => violations.push(e.effectiveDirective));
              const s = document.createElement('script');
              s.textContent = 'window.__ran = true';
              document.body.append(s);
              const img = new Image();
              img.src = 'http://evil.example/pixel.gif';
              document.body.append(img);
              await new Promise(r => setTimeout(r, 200));
              return [String(window.__ran === true), String(document.getElementById('display-controls').hidden), ...violations];
            }
            """);

        Assert.Equal("false", outcome[0]); // the inline script did not run
        Assert.Equal("False", outcome[1], ignoreCase: true); // display.js (our own file) did
        Assert.Contains("script-src-elem", outcome);
        Assert.Contains("img-src", outcome);
    }

    [Fact]
    public async Task Pages_opened_from_disk_load_their_css_and_scripts()
    {
        using var site = TestSite.FromRepositoryContent();
        Assert.True(site.Build(o => o with { LinkStyle = LinkStyle.File }).Written);
        var context = await browser.NewContextAsync();
        await using var _ = context;
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };

        await page.GotoAsync(new Uri(Path.Combine(site.Output, Routes.FileOf(Routes.Report("zhoukou-zjj", 2024)))).ToString());

        // site.css puts the skip link off screen; without the stylesheet it would sit at the top of the page.
        Assert.Equal("absolute", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.skip-link')).position"));
        Assert.False(await page.Locator("#display-controls").IsHiddenAsync(), "display.js did not run from file://");
        Assert.Empty(violations);
    }
}
