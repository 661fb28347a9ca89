using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Core.Narrative;

/// <summary>Writes an HTML block of a report body through <see cref="RawHtmlSanitizer"/>, never as it came.</summary>
internal sealed class SafeHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        renderer.EnsureLine();
        renderer.Write(RawHtmlSanitizer.Sanitize(obj.Lines.ToString()));
        renderer.EnsureLine();
    }
}

/// <summary>Writes one inline HTML tag of a report body through <see cref="RawHtmlSanitizer"/>.</summary>
internal sealed class SafeHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline obj) => renderer.Write(RawHtmlSanitizer.Sanitize(obj.Tag ?? ""));
}

/// <summary>Links and images a report body may carry: web and mail links; images only from the site itself.</summary>
internal static class SafeUrls
{
    /// <summary>
    /// Markdown accepts any scheme in [text](url) and &lt;scheme:...&gt;: javascript:, data: and vbscript: would run or
    /// load in a reader's browser. Such a link becomes its text; an image from elsewhere becomes its alt text (the CSP
    /// would block it anyway, and a report must not make readers' browsers call other hosts).
    /// </summary>
    public static void Neutralize(Block block)
    {
        foreach (var inline in Inlines(block).ToList())
        {
            switch (inline)
            {
                case LinkInline { IsImage: true } image when !IsRelative(image.Url):
                    ReplaceByChildren(image); // its children are the alt text
                    break;
                case LinkInline link when !IsWebOrMail(link.Url):
                    link.Url = null;
                    ReplaceByChildren(link);
                    break;
                case AutolinkInline autolink when !autolink.IsEmail && !IsWebOrMail(autolink.Url):
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
            }
        }
    }

    /// <summary>Every inline of a block and of the blocks inside it (list items, quotes, table cells).</summary>
    public static IEnumerable<Inline> Inlines(Block block) => block switch
    {
        LeafBlock { Inline: { } inline } => inline.Descendants<Inline>(),
        ContainerBlock container => container.SelectMany(Inlines),
        _ => [],
    };

    private static bool IsWebOrMail(string? url) =>
        IsRelative(url)
        || url!.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase);

    /// <summary>No scheme and no host: a path on this site. Control characters and backslashes are refused as browsers strip or turn them.</summary>
    private static bool IsRelative(string? url) =>
        url is not null
        && !url.Any(c => c is ':' or '\\' || char.IsControl(c) || char.IsWhiteSpace(c))
        && !url.StartsWith("//", StringComparison.Ordinal);

    private static void ReplaceByChildren(LinkInline link)
    {
        var children = link.ToList();
        Inline at = link;
        foreach (var child in children)
        {
            child.Remove();
            at.InsertAfter(child);
            at = child;
        }

        link.Remove();
    }
}
