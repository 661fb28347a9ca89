using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp;
using AngleSharp.Html.Parser;

namespace SiteGen.Core.Narrative;

/// <summary>
/// Reduces raw HTML in a report body to a safe subset. Bodies are pasted from Word and web pages, so formatting and
/// simple tables (&lt;b&gt;, &lt;sup&gt;, &lt;table&gt; with colspan) are kept; every other tag, and every attribute but
/// colspan/rowspan, is shown as text, so an editor sees what was pasted and nothing of it can run. An allow-list, never a
/// block-list: new HTML features must not slip through.
/// </summary>
public static partial class RawHtmlSanitizer
{
    /// <summary>Tags kept as markup. No element that loads, links, scripts, styles or names anything (a, img, id, class).</summary>
    private static readonly HashSet<string> AllowedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "b", "strong", "i", "em", "u", "s", "del", "ins", "sub", "sup", "small", "mark", "br", "p", "blockquote", "pre", "code", "hr",
        "ul", "ol", "li", "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
    };

    /// <summary>
    /// One piece of raw HTML as Markdig hands it over (a whole HTML block, or one inline tag): allowed tags are kept bare,
    /// comments are dropped, and everything else is written as escaped text.
    /// </summary>
    public static string Sanitize(string raw)
    {
        var html = new StringBuilder(raw.Length + 16);
        var at = 0;
        foreach (Match token in Token().Matches(raw))
        {
            AppendText(html, raw.AsSpan(at, token.Index - at));
            at = token.Index + token.Length;
            if (token.Groups["comment"].Success)
            {
                continue; // Word's conditional comments and editors' notes are not content
            }

            var name = token.Groups["name"].Value;
            if (!AllowedTags.Contains(name))
            {
                AppendText(html, token.ValueSpan);
                continue;
            }

            var tag = name.ToLowerInvariant();
            if (token.Groups["close"].Success)
            {
                html.Append("</").Append(tag).Append('>');
                continue;
            }

            html.Append('<').Append(tag);
            if (tag is "td" or "th")
            {
                foreach (Match span in Span().Matches(token.Groups["attributes"].Value))
                {
                    html.Append(' ').Append(span.Groups[1].Value.ToLowerInvariant()).Append("=\"").Append(span.Groups[2].Value).Append('"');
                }
            }

            html.Append('>');
        }

        AppendText(html, raw.AsSpan(at));
        return html.ToString();
    }

    /// <summary>
    /// Re-parses a rendered narrative fragment and writes it back well formed: an unclosed &lt;table&gt; or a stray
    /// &lt;/p&gt; from a paste stays inside the narrative instead of swallowing the page around it.
    /// </summary>
    public static string Balance(string fragment)
    {
        var parser = new HtmlParser();
        var context = parser.ParseDocument("<!DOCTYPE html><body><div></div></body>").Body!.FirstElementChild!;
        var nodes = parser.ParseFragment(fragment, context);
        var html = new StringBuilder(fragment.Length + 32);
        foreach (var node in nodes)
        {
            html.Append(node.ToHtml());
        }

        return html.ToString();
    }

    /// <summary>The text of raw HTML with its tags removed, for search and the narrative checks.</summary>
    public static string TextOf(string raw) => WebUtility.HtmlDecode(Token().Replace(raw, " "));

    private static void AppendText(StringBuilder html, ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '&' && Entity().Match(text.Slice(i, Math.Min(40, text.Length - i)).ToString()) is { Success: true } entity)
            {
                html.Append(entity.Value); // &nbsp; &lt; &#8221; are text already, and safe
                i += entity.Length - 1;
                continue;
            }

            html.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }
    }

    [GeneratedRegex(@"(?<comment><!--.*?(?:-->|$))|<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9]*)(?<attributes>(?:[^>""']|""[^""]*""|'[^']*')*)/?>", RegexOptions.Singleline)]
    private static partial Regex Token();

    [GeneratedRegex(@"\b(colspan|rowspan)\s*=\s*[""']?([1-9][0-9]{0,2})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Span();

    [GeneratedRegex(@"^&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex Entity();
}
