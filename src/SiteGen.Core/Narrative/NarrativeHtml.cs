using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Core.Narrative;

/// <summary>Renders narrative blocks to HTML, with headings shifted so that the page keeps one h1 and sections are h2.</summary>
public static class NarrativeHtml
{
    public static string Render(IEnumerable<Block> blocks, int sectionLevel)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownSetup.Pipeline.Setup(renderer);
        // Raw HTML goes through the sanitizer (a safe subset, see RawHtmlSanitizer), never out as written.
        renderer.ObjectRenderers.ReplaceOrAdd<HtmlBlockRenderer>(new SafeHtmlBlockRenderer());
        renderer.ObjectRenderers.ReplaceOrAdd<HtmlInlineRenderer>(new SafeHtmlInlineRenderer());
        var hasRawHtml = false;
        foreach (var block in blocks)
        {
            if (block is HeadingBlock heading)
            {
                // A sub-heading sits below its section's h2, whatever level the editor used.
                heading.Level = Math.Clamp(heading.Level - sectionLevel + 2, 3, 6);
            }

            SafeUrls.Neutralize(block);
            hasRawHtml |= block is HtmlBlock || SafeUrls.Inlines(block).OfType<HtmlInline>().Any();
            renderer.Render(block);
        }

        writer.Flush();
        // Only pasted HTML can leave tags open or close the page's own; plain Markdown renders balanced already.
        return hasRawHtml ? RawHtmlSanitizer.Balance(writer.ToString()) : writer.ToString();
    }
}
