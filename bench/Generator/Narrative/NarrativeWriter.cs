using System.Globalization;
using System.Text;
using SiteGen.Bench.Generator.Draws;

namespace SiteGen.Bench.Generator.Narrative;

/// <summary>
/// Writes a report body: the six national sections as `##` headings, 一 and 五 with their sub-sections, filled with
/// seed sentences of the right topic until each part has its share of the report's length. A report uses each seed
/// sentence at most once; past that it makes new sentences from the topic's clauses.
/// </summary>
internal sealed class NarrativeWriter(SeedCorpus corpus, TemplateRenderer renderer, Random random)
{
    private static readonly string[] Ordinals = ["一", "二", "三", "四", "五", "六"];

    private static readonly (Topic Topic, double Share, string[] Headings, string Inline)[] Overview =
    [
        (Topic.Active, 0.25, ["主动公开情况", "主动公开"], "主动公开工作推进情况"),
        (Topic.Requests, 0.12, ["依申请公开情况", "依申请公开"], "依申请公开事项办理情况"),
        (Topic.Management, 0.2, ["政府信息管理情况", "政府信息管理"], "政府信息规范管理情况"),
        (Topic.Platform, 0.25, ["政府信息公开平台建设情况", "平台建设情况", "政府信息公开平台建设"], "公开平台建设运营情况"),
        (Topic.Oversight, 0.18, ["监督保障情况", "监督保障"], "工作监督保障落实情况"),
    ];

    private readonly StringBuilder _body = new();
    private readonly List<int>?[] _unused = new List<int>?[Topics.Count];
    private int _han;

    /// <summary>The body, about <paramref name="targetHan"/> Chinese characters long; with a wrong number of applications stated once when <paramref name="wrongReceived"/> is given.</summary>
    public string Write(int targetHan, int? wrongReceived)
    {
        // Headings and 六's fixed sentence take about 250 characters; the rest is shared out by section.
        var budget = Math.Max(targetHan - 250, 600);
        var style = random.Weighted([0.65, 0.25, 0.1]);

        Heading(2, $"一、{NationalSectionTitle(1)}");
        Paragraphs(Topic.Intro, budget * 0.05, maxParagraphs: 1);
        for (var i = 0; i < Overview.Length; i++)
        {
            var (topic, share, headings, inline) = Overview[i];
            var label = $"（{Ordinals[i]}）{random.Pick(headings)}";
            var lead = style switch
            {
                0 => null,
                1 => label + "：",
                _ => $"{Ordinals[i]}是{inline}。",
            };
            if (style == 0)
            {
                Heading(3, label);
            }

            var first = topic == Topic.Requests ? renderer.Render(corpus.Sentences(topic)[Take(topic, random.Pick(corpus.ReceivedClaims))]) : null;
            var extra = topic == Topic.Requests && wrongReceived is { } wrong
                ? $"经统计，{renderer.Year.ToString(CultureInfo.InvariantCulture)} 年{renderer.Agency.Words.We}共收到政府信息公开申请 {wrong.ToString(CultureInfo.InvariantCulture)} 件。"
                : null;
            Paragraphs(topic, budget * 0.6 * share, lead: lead, first: first, extra: extra);
        }

        for (var section = 2; section <= 4; section++)
        {
            // The tables stand here: the site renders them from the front matter.
            Heading(2, $"{Ordinals[section - 1]}、{NationalSectionTitle(section)}");
        }

        Heading(2, $"五、{NationalSectionTitle(5)}");
        var problems = random.Pick(["存在的主要问题", "存在问题", "主要问题", $"{renderer.Year}年存在的问题"]);
        var improvements = random.Pick(["改进情况", "改进措施", $"对{renderer.Year - 1}年存在问题的改进情况"]);
        if (random.Chance(0.7))
        {
            Heading(3, $"（一）{problems}");
            Paragraphs(Topic.Problems, budget * 0.3 * 0.4, enumerate: random.Chance(0.5));
            Heading(3, $"（二）{improvements}");
            Paragraphs(Topic.Improvements, budget * 0.3 * 0.6, enumerate: random.Chance(0.5));
        }
        else
        {
            Paragraphs(Topic.Problems, budget * 0.3 * 0.4, lead: problems + "：", maxParagraphs: 1, enumerate: true);
            Paragraphs(Topic.Improvements, budget * 0.3 * 0.6, lead: improvements + "：", maxParagraphs: 1, enumerate: true);
        }

        Heading(2, $"六、{NationalSectionTitle(6)}");
        if (random.Chance(0.03))
        {
            Paragraph("无");
        }
        else
        {
            Paragraph(renderer.Render(random.Pick(corpus.Sentences(Topic.Fees))));
            if (random.Chance(0.4))
            {
                Paragraphs(Topic.Other, budget * 0.05);
            }
        }

        return _body.ToString();
    }

    /// <summary>The Chinese characters written so far.</summary>
    public int HanCount => _han;

    private static string NationalSectionTitle(int number) => SiteGen.Core.Narrative.NationalSection.Titles[number - 1][2..];

    private void Heading(int level, string text)
    {
        _body.Append('#', level).Append(' ').Append(text).Append("\n\n");
        _han += HanText.Count(text);
    }

    private void Paragraph(string text)
    {
        _body.Append(text).Append("\n\n");
        _han += HanText.Count(text);
    }

    /// <summary>Paragraphs of 2-6 sentences on <paramref name="topic"/> until <paramref name="budget"/> characters are written.</summary>
    private void Paragraphs(Topic topic, double budget, string? lead = null, string? first = null, string? extra = null,
        int maxParagraphs = int.MaxValue, bool enumerate = false)
    {
        var written = 0;
        var paragraphs = 0;
        while ((paragraphs == 0 || written < budget) && paragraphs < maxParagraphs)
        {
            var paragraph = new StringBuilder(lead);
            var sentences = 0;
            var length = random.Next(150, 450);
            var paragraphHan = 0;
            while (sentences == 0 || (sentences < 6 && (sentences < 2 || paragraphHan < length) && written + paragraphHan < budget + 40))
            {
                var sentence = first ?? Sentence(topic);
                first = null;
                if (enumerate)
                {
                    paragraph.Append(Ordinals[sentences]).Append('是');
                }

                paragraph.Append(sentence);
                paragraphHan += HanText.Count(sentence);
                sentences++;
            }

            if (extra is not null)
            {
                paragraph.Append(extra);
                paragraphHan += HanText.Count(extra);
                extra = null;
            }

            Paragraph(paragraph.ToString());
            written += paragraphHan;
            paragraphs++;
            lead = null;
        }
    }

    /// <summary>The next unused seed sentence of the topic, in this report's own order; then sentences made of its clauses.</summary>
    private string Sentence(Topic topic)
    {
        var unused = Unused(topic);
        if (unused.Count > 0)
        {
            var index = unused[^1];
            unused.RemoveAt(unused.Count - 1);
            return renderer.Render(corpus.Sentences(topic)[index]);
        }

        var clauses = corpus.Clauses(topic);
        var count = random.Next(2, 5);
        var made = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            made.Append(i == 0 ? "" : "，").Append(renderer.Render(random.Pick(clauses)));
        }

        return made.Append('。').ToString();
    }

    private List<int> Unused(Topic topic) => _unused[(int)topic] ??= Shuffled(corpus.Sentences(topic).Length);

    /// <summary>Takes a given sentence out of the unused ones, so the report does not say it twice.</summary>
    private int Take(Topic topic, int index)
    {
        Unused(topic).Remove(index);
        return index;
    }

    private List<int> Shuffled(int count)
    {
        var order = Enumerable.Range(0, count).ToList();
        for (var i = count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (order[i], order[j]) = (order[j], order[i]);
        }

        return order;
    }
}
