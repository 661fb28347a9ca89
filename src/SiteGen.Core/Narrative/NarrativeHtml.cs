using Markdig.Renderers;
using Markdig.Syntax;

namespace SiteGen.Core.Narrative;

/// <summary>Renders narrative blocks to HTML, with headings shifted so that the page keeps one h1 and sections are h2.</summary>
public static class NarrativeHtml
{
    public static string Render(IEnumerable<Block> blocks, int sectionLevel)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownSetup.Pipeline.Setup(renderer);
        foreach (var block in blocks)
        {
            if (block is HeadingBlock heading)
            {
                // A sub-heading sits below its section's h2, whatever level the editor used.
                heading.Level = Math.Clamp(heading.Level - sectionLevel + 2, 3, 6);
            }

            renderer.Render(block);
        }

        writer.Flush();
        return writer.ToString();
    }
}
