using System.Text.RegularExpressions;

namespace SiteGen.Core.Import;

/// <summary>
/// Reads plain text and Markdown into lines: Markdown headings, rows flattened with tabs or with pipes (Markdown
/// tables included), and everything else as paragraph lines, which the table reader may still take as one cell each.
/// </summary>
public static partial class TextInputReader
{
    public static IReadOnlyList<SourceLine> Read(string text)
    {
        var lines = new List<SourceLine>();
        var afterBreak = true;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd();
            if (line.Trim().Length == 0)
            {
                afterBreak = true;
                continue;
            }

            // Some pages copy as one cell per line with a line of pipes between cells (规章 / | / 0 / | / 0): the
            // pipes only separate cells, and a lone | read as a label would take the numbers after it.
            if (TextFold.Nfkc(line).Trim().All(c => c == '|'))
            {
                continue;
            }

            if (MarkdownHeading().Match(line) is { Success: true } heading)
            {
                lines.Add(SourceLine.Heading(number, heading.Groups[2].Value.Trim(), heading.Groups[1].Length));
            }
            else if (line.Contains('\t'))
            {
                lines.Add(SourceLine.Row(number, line.Split('\t')) with { AfterBreak = afterBreak });
            }
            else if (PipeRow(line) is { } cells)
            {
                if (!cells.All(c => TableRule().IsMatch(c)))
                {
                    lines.Add(SourceLine.Row(number, cells) with { AfterBreak = afterBreak });
                }
            }
            else
            {
                lines.Add(SourceLine.Paragraph(number, line.Trim(), afterBreak));
            }

            afterBreak = false;
        }

        return lines;
    }

    /// <summary>The cells of a line flattened with pipes (| or full-width ｜), or null when it is not one.</summary>
    private static string[]? PipeRow(string line)
    {
        var folded = TextFold.Nfkc(line).Trim();
        var pipes = folded.Count(c => c == '|');

        // One pipe inside a sentence is text; a row has two pipes at least, or one at its edge (| 规章 | 0).
        if (pipes == 0 || (pipes == 1 && !folded.StartsWith('|') && !folded.EndsWith('|')))
        {
            return null;
        }

        var cells = folded.Split('|');
        var start = folded.StartsWith('|') ? 1 : 0;
        var end = folded.EndsWith('|') ? cells.Length - 1 : cells.Length;
        return end > start ? cells[start..end] : null;
    }

    [GeneratedRegex(@"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^\s*:?-{2,}:?\s*$")]
    private static partial Regex TableRule();
}
