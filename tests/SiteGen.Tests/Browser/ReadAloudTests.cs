namespace SiteGen.Tests.Browser;

/// <summary>
/// 朗读 with a stubbed <c>speechSynthesis</c>, so the test hears what our script asks the browser to say: zh-CN, the
/// report's own text, pause, resume and stop; hidden where the browser cannot speak; no request leaves the page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReadAloudTests(BrowserFixture browser)
{
    private const string Stub = """
        window.__speech = [];
        class FakeUtterance { constructor(text) { this.text = text; this.lang = ''; } }
        Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true });
        Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
          speak: u => window.__speech.push(['speak', u.lang, u.text]),
          pause: () => window.__speech.push(['pause']),
          resume: () => window.__speech.push(['resume']),
          cancel: () => window.__speech.push(['cancel']),
          getVoices: () => [{ lang: 'en-US', name: 'en' }, { lang: 'zh-CN', name: 'zh' }],
        } });
        """;

    private const string NoSpeech = """
        Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });
        """;

    [Fact]
    public async Task Start_pause_resume_and_stop_drive_speech_synthesis_in_zh_CN_without_network()
    {
        await using var tab = await browser.OpenAsync(SitePages.Report, SitePages.Wide, initScript: Stub);
        var page = tab.Page;
        var requests = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);

        Assert.True(await page.Locator("#read-aloud").IsVisibleAsync());
        await page.Locator("#read-aloud button[data-action='start']").ClickAsync();
        var spoken = await page.EvaluateAsync<string[][]>("() => window.__speech");
        var speaks = spoken.Where(s => s[0] == "speak").ToList();
        Assert.Equal("cancel", spoken[0][0]);
        Assert.True(speaks.Count > 10, $"only {speaks.Count} utterances");
        Assert.All(speaks, s => Assert.Equal("zh-CN", s[1]));
        Assert.All(speaks, s => Assert.True(s[2].Length <= 240, $"an utterance of {s[2].Length} characters"));
        var text = string.Concat(speaks.Select(s => s[2]));
        Assert.StartsWith("周口市住房和城乡建设局2024年政府信息公开工作年度报告", text);
        Assert.Contains("一、总体情况", text);
        Assert.DoesNotContain("首页", text); // navigation is not read
        Assert.DoesNotContain("逐项文字版", text);

        // Focus stays on the controls: the disabled start button hands it to pause.
        Assert.Equal("pause", await page.EvaluateAsync<string>("() => document.activeElement.dataset.action"));
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("继续", await page.Locator("#read-aloud button[data-action='pause']").TextContentAsync());
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#read-aloud button[data-action='stop']").ClickAsync();
        var calls = (await page.EvaluateAsync<string[][]>("() => window.__speech")).Select(s => s[0]).Where(c => c != "speak").ToList();
        Assert.Equal(["cancel", "pause", "resume", "cancel"], calls);
        Assert.Equal("已停止。", await page.Locator("#read-aloud [role='status']").TextContentAsync());
        Assert.Empty(requests);
    }

    [Fact]
    public async Task The_buttons_stay_hidden_where_the_browser_cannot_speak()
    {
        await using var tab = await browser.OpenAsync(SitePages.Report, SitePages.Wide, initScript: NoSpeech);

        Assert.Equal(1, await tab.Page.Locator("#read-aloud").CountAsync());
        Assert.False(await tab.Page.Locator("#read-aloud").IsVisibleAsync());
    }

    [Fact]
    public async Task Only_report_pages_offer_read_aloud()
    {
        await using var tab = await browser.OpenAsync(SitePages.TextView, SitePages.Wide, initScript: Stub);

        Assert.Equal(0, await tab.Page.Locator("#read-aloud").CountAsync());
    }
}
