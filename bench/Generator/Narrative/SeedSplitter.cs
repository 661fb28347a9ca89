using System.Text;
using System.Text.RegularExpressions;

namespace SiteGen.Bench.Generator.Narrative;

/// <summary>
/// Splits a seed body into sentences (at 。；！？) with the topic each belongs to, read from the structures the seeds
/// use: `###` sub-headings, paragraph labels (（一）主动公开：…), and label sentences (二是依申请公开事项办理情况。).
/// Sections 二 to 四 hold only the tables, so they give no sentences.
/// </summary>
internal static partial class SeedSplitter
{
    [GeneratedRegex(@"^(?:\d+[.、．]\s*|[（(][一二三四五六七八九十][)）]\s*)")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^([^，。：；,]{2,16})[：:]")]
    private static partial Regex Label();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]是|首先，|其次，)")]
    private static partial Regex Enumerator();

    public static IEnumerable<(Topic Topic, string Sentence)> Split(string body)
    {
        var section = 0;
        var topic = Topic.Intro;
        foreach (var raw in body.Split('\n'))
        {
            var line = raw.Trim().Replace("**", "", StringComparison.Ordinal).Replace(", ", "，", StringComparison.Ordinal);
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = "一二三四五六".IndexOf(line[3]) + 1;
                topic = section switch { 5 => Topic.Problems, 6 => Topic.Other, _ => Topic.Intro };
                continue;
            }

            if (line.StartsWith('#'))
            {
                topic = Topics.Of(line, section) ?? (section == 5 ? Topic.Improvements : topic);
                continue;
            }

            if (section is not (1 or 5 or 6))
            {
                continue;
            }

            var text = ListMarker().Replace(line, "");
            if (Label().Match(text) is { Success: true } label)
            {
                topic = Topics.Of(label.Groups[1].Value, section) ?? topic;
                text = text[label.Length..];
            }

            foreach (var sentence in Sentences(text))
            {
                var s = Enumerator().Replace(sentence, "");
                if (HanText.Count(s) < 14)
                {
                    // A label sentence: "二是依申请公开事项办理情况。", "存在问题。"; it names the topic of what follows.
                    if (section == 5 || s.Contains("情况", StringComparison.Ordinal))
                    {
                        topic = Topics.Of(s, section) ?? topic;
                    }

                    continue;
                }

                // A sentence announcing a list ("…存在着以下问题:") has nothing after it in a recombined paragraph.
                if (s.EndsWith('：') || s.EndsWith(':'))
                {
                    continue;
                }

                // Every sentence ends with 。 so it can stand anywhere in a recombined paragraph.
                s = s.TrimEnd('；', ';', '。') + (s.EndsWith('！') || s.EndsWith('？') ? "" : "。");
                yield return (section == 6 && s.Contains("处理费", StringComparison.Ordinal) ? Topic.Fees : topic, s);
            }
        }
    }

    private static IEnumerable<string> Sentences(string text)
    {
        var current = new StringBuilder();
        foreach (var c in text)
        {
            current.Append(c);
            if (c is '。' or '；' or ';' or '！' or '？')
            {
                yield return current.ToString().Trim();
                current.Clear();
            }
        }

        if (current.ToString().Trim() is { Length: > 0 } rest)
        {
            yield return rest;
        }
    }
}
