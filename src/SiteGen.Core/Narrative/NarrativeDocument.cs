using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace SiteGen.Core.Narrative;

/// <summary>One national section as found in a body: its number (1-6), the heading as written, and its blocks.</summary>
public sealed record NarrativeSection(int Number, string Heading, int Line, IReadOnlyList<Block> Blocks);

/// <summary>
/// A report body split into the six national sections. Section headings are the headings at the level where the
/// numbered sections (一、…六、) stand; anything before the first of them is the preamble.
/// </summary>
public sealed class NarrativeDocument
{
    private NarrativeDocument(MarkdownDocument document, IReadOnlyList<Block> preamble, IReadOnlyList<NarrativeSection> sections, int sectionLevel)
    {
        Document = document;
        Preamble = preamble;
        Sections = sections;
        SectionLevel = sectionLevel;
    }

    public MarkdownDocument Document { get; }

    public IReadOnlyList<Block> Preamble { get; }

    /// <summary>The sections found, in the order of the body.</summary>
    public IReadOnlyList<NarrativeSection> Sections { get; }

    /// <summary>The Markdown heading level of the section headings (## in most files, # or #### in pasted ones).</summary>
    public int SectionLevel { get; }

    public NarrativeSection? Section(int number) => Sections.FirstOrDefault(s => s.Number == number);

    public static NarrativeDocument Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, MarkdownSetup.Pipeline);
        var headings = document.OfType<HeadingBlock>().Select(h => (Block: h, Number: NationalSection.Classify(PlainText(h)))).ToList();
        var numbered = headings.Where(h => h.Number > 0).ToList();
        var level = numbered.Count == 0 ? 2 : numbered.GroupBy(h => h.Block.Level).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;

        var preamble = new List<Block>();
        var sections = new List<NarrativeSection>();
        List<Block>? current = null;
        foreach (var block in document)
        {
            if (block is HeadingBlock heading && heading.Level <= level && NationalSection.Classify(PlainText(heading)) is var number and > 0)
            {
                current = [];
                sections.Add(new NarrativeSection(number, PlainText(heading), heading.Line + 1, current));
                continue;
            }

            (current ?? preamble).Add(block);
        }

        return new NarrativeDocument(document, preamble, sections, level);
    }

    /// <summary>The text of a heading's inlines, without Markdown syntax.</summary>
    public static string PlainText(LeafBlock block)
    {
        var text = new System.Text.StringBuilder();
        if (block.Inline is not null)
        {
            AppendText(block.Inline, text);
        }

        return text.ToString().Trim();
    }

    /// <summary>The text of any block, for checks that read numbers in the narrative.</summary>
    public static string PlainText(Block block) => block switch
    {
        HtmlBlock html => RawHtmlSanitizer.TextOf(html.Lines.ToString()).Trim(),
        LeafBlock leaf => PlainText(leaf),
        ContainerBlock container => string.Join("\n", container.Select(PlainText)),
        _ => "",
    };

    private static void AppendText(ContainerInline container, System.Text.StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append('\n'); break;
                case ContainerInline child: AppendText(child, text); break;
            }
        }
    }
}
