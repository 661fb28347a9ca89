using System.Text.RegularExpressions;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Import;

/// <summary>One line of generated text and the input line it comes from (0 = none), so diagnostics can point back.</summary>
public readonly record struct OutputLine(string Text, int InputLine);

/// <summary>
/// Turns the input's narrative into the Markdown body: the six sections as <c>##</c> headings in their printed
/// wording, sub-headings （一）… as <c>###</c>, paragraphs kept word for word, and the statistical tables left out
/// (they live in the front matter). Lines a PDF copy broke inside a sentence are joined again.
/// </summary>
public static partial class NarrativeExtractor
{
    public static List<OutputLine> Extract(IReadOnlyList<SourceLine> lines, DocumentOutline outline, ReportFormat format)
    {
        var output = new List<OutputLine>();
        var (start, end) = outline.TableSpan(lines.Count);
        var sectionLines = outline.Sections.Where(i => i >= 0).ToHashSet();
        var joinable = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // Lines above the title are a web page's chrome (breadcrumbs, dates) or the first half of a broken title.
            if (i <= outline.Title || (format != ReportFormat.Pre2019 && i >= start && i < end && !sectionLines.Contains(i) && CellTokenizer.IsTableLine(line)))
            {
                joinable = false;
                continue;
            }

            if (sectionLines.Contains(i) || (format == ReportFormat.Pre2019 && OldSection().IsMatch(DocumentOutline.HeadingText(line.Text))))
            {
                Block(output, "## " + DocumentOutline.HeadingText(line.Text), line.Line);
                joinable = false;
            }
            else if (line.Kind == LineKind.Heading || SubHeading().IsMatch(TextFold.Squeeze(line.Text)))
            {
                Block(output, "### " + SubHeadingText(line.Text), line.Line);
                joinable = false;
            }
            else
            {
                var text = line.Kind == LineKind.Row ? string.Join(" ", line.Cells.Select(c => c.Trim()).Where(c => c.Length > 0)) : line.Text.Trim();
                if (joinable && !line.AfterBreak && !ListItem().IsMatch(text))
                {
                    // A PDF copy breaks lines inside sentences: the line goes on the paragraph before.
                    output[^1] = output[^1] with { Text = output[^1].Text + text };
                }
                else
                {
                    Block(output, text, line.Line);
                }

                joinable = line.Kind == LineKind.Paragraph && !SentenceEnd().IsMatch(text);
            }
        }

        return output;
    }

    private static void Block(List<OutputLine> output, string text, int line)
    {
        if (output.Count > 0)
        {
            output.Add(new OutputLine("", 0));
        }

        output.Add(new OutputLine(text, line));
    }

    /// <summary>（一）主动公开情况 as the national template prints it: full-width brackets, no spaces.</summary>
    private static string SubHeadingText(string text)
    {
        var squeezed = DocumentOutline.HeadingText(text);
        return Bracketed().Replace(squeezed, m => "（" + m.Groups[1].Value + "）");
    }

    [GeneratedRegex(@"^[(（]([一二三四五六七八九十]+)[)）]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^[(（][一二三四五六七八九十]+[)）][^。：:；;，,]{1,28}$")]
    private static partial Regex SubHeading();

    [GeneratedRegex(@"^[一二三四五六七八九十]+、.{1,38}$")]
    private static partial Regex OldSection();

    [GeneratedRegex(@"^(?:\d+[.、．)]|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+是|[-*+]\s)")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"[。！？；：:;!?）)」”]$")]
    private static partial Regex SentenceEnd();
}
