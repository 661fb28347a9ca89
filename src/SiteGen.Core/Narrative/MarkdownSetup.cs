using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace SiteGen.Core.Narrative;

/// <summary>The one Markdig pipeline for report bodies.</summary>
public static class MarkdownSetup
{
    /// <summary>
    /// Pipe tables, CJK-friendly emphasis (**加粗**文字 closes next to Chinese punctuation), GitHub-style heading ids
    /// (the default gives every Chinese heading id="section"), and raw HTML parsed as HTML so that <see cref="NarrativeHtml"/> can
    /// reduce it to a safe subset (<see cref="RawHtmlSanitizer"/>): report bodies come from pasted documents, and nothing
    /// in them may run in a reader's browser.
    /// </summary>
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
        .UseCjkFriendlyEmphasis()
        .UseEmphasisExtras()
        .UseListExtras()
        .UseAutoLinks()
        .Build();
}
