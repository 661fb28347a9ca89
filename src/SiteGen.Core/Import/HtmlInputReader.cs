using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace SiteGen.Core.Import;

/// <summary>
/// Reads a saved web page into lines: each table row with its cells as printed (a cell that spans rows or columns
/// is one cell: the table reader places numbers by the row and column labels, not by grid position), each heading,
/// and each block of text. Lines are the page's source lines.
/// </summary>
public static class HtmlInputReader
{
    private static readonly HashSet<string> Skipped = ["SCRIPT", "STYLE", "NOSCRIPT", "HEAD", "TEMPLATE", "SVG"];

    private static readonly HashSet<string> Blocks =
        ["P", "DIV", "LI", "UL", "OL", "SECTION", "ARTICLE", "BLOCKQUOTE", "PRE", "BR", "HR", "CENTER", "DL", "DT", "DD", "HEADER", "FOOTER", "MAIN", "FORM", "CAPTION"];

    public static IReadOnlyList<SourceLine> Read(string html)
    {
        var parser = new HtmlParser(new HtmlParserOptions { IsKeepingSourceReferences = true });
        var document = parser.ParseDocument(html);
        var walker = new Walker();
        if (document.Body is { } body)
        {
            walker.Walk(body);
        }

        walker.Flush();
        return walker.Lines;
    }

    private static int LineOf(INode node) =>
        (node as IElement ?? node.ParentElement)?.SourceReference?.Position.Line ?? 0;

    private static string CellText(IElement cell)
    {
        // <br> and <p> inside a cell break a label over lines; the label matcher ignores the breaks.
        var text = new StringBuilder();
        foreach (var node in cell.Descendants())
        {
            if (node is IText t)
            {
                text.Append(t.Data);
            }
            else if (node is IElement { TagName: "BR" or "P" })
            {
                text.Append(' ');
            }
        }

        return Collapse(text.ToString());
    }

    private static string Collapse(string text) =>
        string.Join(' ', text.Split((char[])[' ', '\t', '\n', '\r', '\u00A0', '\u3000'], StringSplitOptions.RemoveEmptyEntries));

    private sealed class Walker
    {
        private readonly StringBuilder _text = new();
        private int _line;

        public List<SourceLine> Lines { get; } = [];

        public void Walk(INode node)
        {
            switch (node)
            {
                case IText text:
                    if (_text.Length == 0)
                    {
                        _line = LineOf(text);
                    }

                    _text.Append(text.Data);
                    return;
                case IHtmlTableElement table:
                    Flush();
                    foreach (var row in table.Rows)
                    {
                        Lines.Add(SourceLine.Row(LineOf(row), row.Cells.Select(CellText)) with { Grid = true });
                    }

                    return;
                case IElement element when Skipped.Contains(element.TagName):
                    return;
                case IElement { TagName: "H1" or "H2" or "H3" or "H4" or "H5" or "H6" } heading:
                    Flush();
                    Lines.Add(SourceLine.Heading(LineOf(heading), Collapse(heading.TextContent), heading.TagName[1] - '0'));
                    return;
            }

            var block = node is IElement e && Blocks.Contains(e.TagName);
            if (block)
            {
                Flush();
            }

            foreach (var child in node.ChildNodes)
            {
                Walk(child);
            }

            if (block)
            {
                Flush();
            }
        }

        public void Flush()
        {
            var text = Collapse(_text.ToString());
            _text.Clear();
            if (text.Length > 0)
            {
                Lines.Add(SourceLine.Paragraph(_line, text));
            }
        }
    }
}
