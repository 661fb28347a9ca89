using System.Text;
using Microsoft.Playwright;
using SiteGen.Core.Content;
using SiteGen.Core.Search;
using SiteGen.Tests.Search;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Browser;

/// <summary>
/// Search in a real browser on the seed site: what a citizen types, and exactly the reports that contain it,
/// measured against plain substring search over the same report texts.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(BrowserFixture browser)
{
    private static readonly Lazy<List<SearchDocument>> Documents = new(() =>
        [.. ContentLoader.Load(RepoPaths.Content).Reports.Select(SearchDocumentBuilder.Build)]);

    /// <summary>The oracle: every positive part is a substring of some field, no excluded part is.</summary>
    private static HashSet<string> Expected(string query)
    {
        var parts = query.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var phrase = query.StartsWith('"') ? [query.Trim('"')] : parts.Where(p => !p.StartsWith('-')).ToArray();
        var excluded = query.StartsWith('"') ? [] : parts.Where(p => p.StartsWith('-')).Select(p => p[1..]).ToArray();
        bool Contains(SearchDocument d, string s) => d.FieldTexts.Any(f => f.Normalize(NormalizationForm.FormKC).Contains(s.Normalize(NormalizationForm.FormKC), StringComparison.Ordinal));
        return [.. Documents.Value.Where(d => phrase.All(p => Contains(d, p)) && !excluded.Any(p => Contains(d, p))).Select(d => "/" + d.Route)];
    }

    [Theory]
    [InlineData("行政复议")]
    [InlineData("复议")]
    [InlineData("本机关不掌握")]
    [InlineData("\"依申请公开工作\"")]
    [InlineData("复")]
    [InlineData("政府信息公开")]
    [InlineData("周口")]
    [InlineData("2024")]
    [InlineData("行政复议 诉讼")]
    [InlineData("复议 -周口")]
    [InlineData("ＰＤＦ没有的词")]
    [InlineData("１２３４５")]
    public async Task Typing_a_query_finds_exactly_the_reports_that_contain_it(string query)
    {
        await using var tab = await browser.OpenAsync(SitePages.Search, SitePages.Wide);
        var page = tab.Page;

        await page.Locator("#q").PressSequentiallyAsync(query);
        var found = await Results(page, query);

        var expected = Expected(query);
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        var status = await page.Locator("#search-status").TextContentAsync();
        Assert.Contains(expected.Count == 0 ? "没有找到" : $"找到 {expected.Count} 份", status);

        if (!query.Contains(' ') && expected.Count > 0)
        {
            var marks = await page.Locator("#search-results mark").AllTextContentsAsync();
            Assert.Equal(expected.Count, marks.Count);
            Assert.All(marks, m => Assert.Equal(query.Trim('"').Normalize(NormalizationForm.FormKC), m.Normalize(NormalizationForm.FormKC)));
        }
    }

    [Fact]
    public async Task A_query_in_the_address_runs_and_filters_narrow_it()
    {
        await using var tab = await browser.OpenAsync("/search/?q=%E5%A4%8D%E8%AE%AE&year=2024", SitePages.Wide);

        var found = await Results(tab.Page, "复议");

        var expected = Expected("复议").Where(r => r.EndsWith("/2024/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        Assert.Equal("2024", await tab.Page.Locator("#filter-year").InputValueAsync());
        Assert.True(await tab.Page.Locator("#filter-year").IsVisibleAsync(), "a filter set by the address should be shown, not folded away");
    }

    [Fact]
    public async Task The_filters_are_folded_so_that_on_a_phone_the_results_follow_the_search_box()
    {
        await using var tab = await browser.OpenAsync("/search/?q=%E5%A4%8D%E8%AE%AE", 320);
        await Results(tab.Page, "复议");

        Assert.False(await tab.Page.Locator("#filter-year").IsVisibleAsync());
        var (box, first) = (await tab.Page.Locator("#q").BoundingBoxAsync(), await tab.Page.Locator("#search-results li").First.BoundingBoxAsync());
        Assert.True(first!.Y - box!.Y < 400, $"the first result starts {first.Y - box.Y} px below the search box");

        // By keyboard: the summary unfolds them.
        await tab.Page.Locator("#filter-box > summary").FocusAsync();
        await tab.Page.Keyboard.PressAsync("Enter");
        Assert.True(await tab.Page.Locator("#filter-year").IsVisibleAsync());
    }

    [Fact]
    public async Task The_agency_filter_matches_part_of_a_name()
    {
        await using var tab = await browser.OpenAsync("/search/?q=%E5%A4%8D%E8%AE%AE&agency=%E5%91%A8%E5%8F%A3", SitePages.Wide);

        var found = await Results(tab.Page, "复议");

        Assert.Equal(["/reports/zhoukou-zjj/2024/"], found);
    }

    [Fact]
    public async Task The_search_box_of_any_page_leads_to_results_by_keyboard_alone()
    {
        await using var tab = await browser.OpenAsync(SitePages.Report, SitePages.Wide);
        var page = tab.Page;

        await page.Locator("#site-q").FocusAsync();
        await page.Keyboard.TypeAsync("复议");
        // Wait from before the key press: the navigation can finish before a later wait would start.
        var navigated = page.WaitForURLAsync(url => url.Contains("/search/?q=", StringComparison.Ordinal));
        await page.Keyboard.PressAsync("Enter");
        await navigated;
        Assert.Contains("/search/?q=", page.Url);
        var found = await Results(page, "复议");
        Assert.Equal(Expected("复议").Count, found.Count);

        // From the search box, Tab goes through the filters and the button to the first result.
        await page.Locator("#q").FocusAsync();
        for (var i = 0; i < 12 && await page.EvaluateAsync<string>("document.activeElement.closest('#search-results') ? 'in' : 'out'") == "out"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        var focused = await page.EvaluateAsync<string>("document.activeElement.getAttribute('href')");
        Assert.Equal(found[0], focused);
    }

    [Fact]
    public async Task Without_javascript_the_page_says_where_to_browse()
    {
        var context = await browser.NewContextAsync(javaScriptEnabled: false);
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(browser.BaseUrl, "search/?q=%E5%A4%8D%E8%AE%AE").ToString());
            Assert.True(await page.Locator("noscript").CountAsync() > 0);
            Assert.False(await page.Locator("#search-app").IsVisibleAsync());
            Assert.True(await page.Locator(".browse a").CountAsync() >= 3);
        }
        finally
        {
            await context.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_snippet_is_the_text_around_the_first_match_however_deep_in_the_report()
    {
        const string query = "本机关不掌握";
        await using var tab = await browser.OpenAsync(SitePages.Search, SitePages.Wide);
        await tab.Page.Locator("#q").FillAsync(query);
        var found = await Results(tab.Page, query);

        var snippets = await tab.Page.Locator("#search-results li").EvaluateAllAsync<string[][]>(
            "items => items.map(li => { const p = li.querySelector('.snippet'); const m = p.querySelector('mark'); " +
            "return [p.firstChild.textContent, m.textContent, m.nextSibling.textContent]; })");
        Assert.Equal(found.Count, snippets.Length);
        static string Spaced(string s) => System.Text.RegularExpressions.Regex.Replace(s, @"\s+", " ");
        var deepest = 0;
        for (var i = 0; i < found.Count; i++)
        {
            // 30 characters before the match and 60 after, as the page cuts them (the seeds have no characters
            // outside the BMP, so characters are UTF-16 units here).
            var body = Documents.Value.Single(d => "/" + d.Route == found[i]).Body;
            var at = body.IndexOf(query, StringComparison.Ordinal);
            deepest = Math.Max(deepest, at);
            Assert.Equal((at > 30 ? "…" : "") + Spaced(body[Math.Max(0, at - 30)..at]), snippets[i][0]);
            Assert.Equal(query, snippets[i][1]);
            Assert.Equal(Spaced(body.Substring(at + query.Length, Math.Min(60, body.Length - at - query.Length))), snippets[i][2].TrimEnd('…'));
        }

        Assert.True(deepest > 1_000, $"expected a match deep in a report, the deepest is at {deepest}");
    }

    /// <summary>
    /// A query of one large term shows its first page from the term's documents file, which carries those results'
    /// fragments cut to the snippet: no fragment is fetched, and the page reads exactly as with whole fragments
    /// (fetched when the documents file is served without its first page). The seed site's index is built with
    /// small files here, so that these terms are large.
    /// </summary>
    /// <param name="written">Whether the query is typed as the index spells the term; "（" is the term "(" only once
    /// NFKC has changed it, so its snippets need the whole fragments, as before.</param>
    [Theory]
    [InlineData("公开", true)] // in every title
    [InlineData("、", true)] // first in the body
    [InlineData("。", true)]
    [InlineData("（", false)]
    public async Task A_large_terms_first_page_needs_no_fragments_and_reads_the_same(string query, bool written)
    {
        using var site = TestSite.FromRepositoryContent();
        Assert.True(site.Build(o => o with { SearchIndex = SearchEngineTests.Tiny }).Written);
        await using var server = await StaticSiteServer.StartAsync(site.Output);

        var cut = await ShownResults(server.BaseUrl, query, wholeFragments: false);
        var whole = await ShownResults(server.BaseUrl, query, wholeFragments: true);

        Assert.True(cut.DocumentsFiles > 0, $"{query} should be a large term, with a documents file");
        Assert.Equal(written ? 0 : cut.Items.Length, cut.Fragments);
        Assert.Equal(whole.Items.Length, whole.Fragments);
        Assert.Equal(whole.Items, cut.Items);
        Assert.All(cut.Items, item => Assert.Contains("<mark>", item, StringComparison.Ordinal));
    }

    /// <summary>
    /// A phrase longer than any frequent phrase (8 characters) is checked with its bigrams' positions, which the page
    /// fetches as binary chunks (p/ID-K.bin, docs/search-index.md): with the tiny files, from several chunks.
    /// </summary>
    [Theory]
    [InlineData("本机关不掌握相关政府信息")]
    [InlineData("\"政府信息公开工作年度报告\"")]
    public async Task A_long_phrase_is_checked_with_binary_position_chunks_and_finds_exactly_its_reports(string query)
    {
        using var site = TestSite.FromRepositoryContent();
        Assert.True(site.Build(o => o with { SearchIndex = SearchEngineTests.Tiny }).Written);
        await using var server = await StaticSiteServer.StartAsync(site.Output);
        var context = await browser.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(server.BaseUrl, "search/").ToString());
            await page.Locator("#q").FillAsync(query);
            var found = await Results(page, query);
            var fetched = await page.EvaluateAsync<string[]>("() => performance.getEntriesByType('resource').map(r => r.name)");

            var expected = Expected(query);
            Assert.NotEmpty(expected);
            Assert.Equal(expected.Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
            Assert.Contains(fetched, u => u.Contains("/search/p/", StringComparison.Ordinal) && u.EndsWith(".bin", StringComparison.Ordinal));
        }
        finally
        {
            await context.DisposeAsync();
        }
    }

    private async Task<(string[] Items, int Fragments, int DocumentsFiles)> ShownResults(Uri site, string query, bool wholeFragments)
    {
        var context = await browser.NewContextAsync();
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(site, "search/").ToString());
            if (wholeFragments)
            {
                await page.RouteAsync("**/search/d/*.json", async route =>
                {
                    var response = await route.FetchAsync();
                    var file = System.Text.Json.Nodes.JsonNode.Parse(await response.TextAsync())!;
                    file["top"] = new System.Text.Json.Nodes.JsonArray();
                    await route.FulfillAsync(new() { Response = response, Body = file.ToJsonString() });
                });
            }

            await page.Locator("#q").FillAsync(query);
            await Results(page, query);
            var items = await page.Locator("#search-results li").EvaluateAllAsync<string[]>("items => items.map(li => li.innerHTML)");
            var fetched = await page.EvaluateAsync<string[]>("() => performance.getEntriesByType('resource').map(r => r.name)");
            return (items, fetched.Count(u => u.Contains("/search/f/", StringComparison.Ordinal)), fetched.Count(u => u.Contains("/search/d/", StringComparison.Ordinal)));
        }
        finally
        {
            await context.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_index_start_up_file_is_fetched_at_load_and_the_address_written_after_the_results()
    {
        await using var tab = await browser.OpenAsync(SitePages.Search, SitePages.Wide);
        var page = tab.Page;
        // Before any keystroke: a search then waits only for the files its terms need.
        await page.WaitForFunctionAsync("() => performance.getEntriesByType('resource').some(r => r.name.endsWith('/search/meta.json'))");

        await page.Locator("#q").FillAsync("复议");
        await Results(page, "复议");
        await page.WaitForURLAsync(url => url.EndsWith("/search/?q=%E5%A4%8D%E8%AE%AE", StringComparison.Ordinal));
    }

    /// <summary>The result links, once the status names this query: typing runs a search per keystroke, and only
    /// the last one counts.</summary>
    private static async Task<List<string>> Results(IPage page, string query)
    {
        await page.WaitForFunctionAsync(
            "q => { const s = document.getElementById('search-status').textContent; return /找到/.test(s) && s.includes('“' + q + '”'); }",
            query.Trim());
        return [.. (await page.Locator("#search-results li h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))];
    }
}
