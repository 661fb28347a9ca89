using Microsoft.Playwright;
using SiteGen.Core.Site;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Browser;

/// <summary>
/// Known XSS payloads fed through content files (the Markdown body, the title and the agency's name) must not run:
/// no dialog opens, no request leaves for another host, and no script, handler or loading element reaches the DOM.
/// The sanitizer removes them; the Content-Security-Policy is the second wall, so the DOM is checked too.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class XssTests(BrowserFixture browser)
{
    public static readonly string[] Payloads =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(2)>",
        "<svg onload=alert(3)>",
        "<iframe src=\"javascript:alert(4)\"></iframe>",
        "<body onload=alert(5)>",
        "<a href=\"javascript:alert(6)\">点我</a>",
        "[点我](javascript:alert(7))",
        "<javascript:alert(8)>",
        "![x](http://evil.example/x.png)",
        "<img src=\"http://evil.example/track.gif\">",
        "<details open ontoggle=alert(11)>x</details>",
        "<input autofocus onfocus=alert(12)>",
        "<object data=\"javascript:alert(13)\"></object>",
        "<embed src=\"data:text/html,<script>alert(14)</script>\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(15)>",
        "<style>@import 'http://evil.example/x.css';</style>",
        "<link rel=stylesheet href=http://evil.example/x.css>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(18)\">",
        "<base href=\"http://evil.example/\">",
        "<form action=\"http://evil.example/\"><button>提交</button></form>",
        "<table><tr><td onmouseover=\"alert(21)\" colspan=2>x</td></tr></table>",
        "<b style=\"background:url(http://evil.example/y)\">样式</b>",
        "<scr<script>ipt>alert(23)</script>",
        "<img src=\"x\" onerror=\"&#97;&#108;&#101;&#114;&#116;(24)\">",
        "<svg><script>alert(25)</script></svg>",
        "<video><source onerror=alert(26)></video>",
        "<audio src=x onerror=alert(27)>",
        "<marquee onstart=alert(28)>x</marquee>",
        "<div onpointerenter=alert(29)>hover</div>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(30)>\">",
        "<!--><img src=x onerror=alert(31)>-->",
        "<a href=\"&#106;avascript:alert(32)\">x</a>",
        "<img src=x:alert(33) onerror=eval(src)>",
        "\"><script>alert(34)</script>",
        "</title><script>alert(35)</script>",
        "<xmp><img src=x onerror=alert(36)></xmp>",
        "[x](JaVaScRiPt:alert(37))",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgzOCk8L3NjcmlwdD4=)",
        "<a href=\"vbscript:msgbox(39)\">x</a>",
        "<template><img src=x onerror=alert(40)></template>",
        "<p>text</p></main></body><script>alert(41)</script>",
        "<sup>1</sup><b>粗</b><table><tr><td rowspan=\"2\" onclick=alert(42)>合并</td></tr></table>",
    ];

    /// <summary>Elements whose presence alone means a payload got through (the site's own forms and scripts are checked apart; its
    /// one details element, the search page's folded filters, has an id no content can give it).</summary>
    private const string Inspect = """
        () => {
          const found = [];
          const own = location.origin + '/assets/';
          for (const el of document.querySelectorAll('*')) {
            for (const a of el.attributes) {
              if (/^on/i.test(a.name)) found.push(`${el.tagName} ${a.name}`);
              if (['href', 'src', 'action', 'data', 'formaction'].includes(a.name) && /^\s*(javascript|vbscript|data):/i.test(a.value)) found.push(`${el.tagName} ${a.name}=${a.value}`);
            }
          }
          for (const el of document.querySelectorAll('iframe, object, embed, base, svg, math, video, audio, source, template, details:not(#filter-box):not(.display-settings > #display-controls), marquee, xmp, textarea, img, meta[http-equiv=refresh], body style, body link, ' +
                                                     '.narrative input, .narrative noscript, .narrative form, .narrative [style], title *'))
            found.push(el.outerHTML.slice(0, 80));
          for (const s of document.scripts) if (!s.src.startsWith(own)) found.push('script ' + (s.src || s.textContent.slice(0, 40)));
          for (const f of document.forms) if (new URL(f.action).origin !== location.origin) found.push('form ' + f.action);
          for (const l of document.querySelectorAll('link[href]')) if (new URL(l.href).origin !== location.origin) found.push('link ' + l.href);
          return found;
        }
        """;

    [Fact]
    public async Task No_payload_in_a_body_title_or_agency_name_runs_or_loads_anything()
    {
        Assert.True(Payloads.Length >= 30);
        using var site = TestSite.Create("");
        for (var i = 0; i < Payloads.Length; i++)
        {
            var text = SampleReport.Text(id: $"xss-{i:00}");
            var quoted = "'" + Payloads[i].Replace("'", "''") + "'";
            text = text.Replace("title: 测试市住房和城乡建设局2024年政府信息公开工作年度报告", $"title: {quoted}")
                .Replace("  name: 测试市住房和城乡建设局", $"  name: {quoted}")
                .Replace("本年度收到政府信息公开申请 11 件。", $"本年度收到政府信息公开申请 11 件。{Payloads[i]}\n\n{Payloads[i]}\n");
            site.WriteFile($"content/xss-{i:00}.md", text);
        }

        var result = site.Build();
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        await using var server = await StaticSiteServer.StartAsync(site.Output);

        var context = await browser.NewContextAsync();
        await using var _ = context;
        var dialogs = new List<string>();
        var foreign = new List<string>();
        context.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(server.BaseUrl.ToString(), StringComparison.Ordinal))
            {
                foreign.Add(request.Url);
            }
        };
        var page = await context.NewPageAsync();
        page.Dialog += (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };

        var routes = Enumerable.Range(0, Payloads.Length).Select(i => Routes.Report($"xss-{i:00}", 2024))
            .Concat(Enumerable.Range(0, Payloads.Length).Select(i => Routes.Agency($"xss-{i:00}")))
            .Concat([Routes.Home, Routes.Agencies, Routes.Year(2024), Routes.ReportText("xss-00", 2024), Routes.ReportLargeType("xss-00", 2024), "search/?q=测试"]);
        var injected = new List<string>();
        foreach (var route in routes)
        {
            var response = await page.GotoAsync(new Uri(server.BaseUrl, route).ToString());
            Assert.Equal(200, response?.Status);
            if (route.StartsWith("search/", StringComparison.Ordinal))
            {
                await page.WaitForSelectorAsync("#search-status:not(:empty)");
            }

            await page.WaitForTimeoutAsync(50); // onerror and onload handlers fire after load
            injected.AddRange((await page.EvaluateAsync<string[]>(Inspect)).Select(found => $"{route}: {found}"));
        }

        Assert.Empty(dialogs);
        Assert.Empty(foreign);
        Assert.Empty(injected);
    }
}
