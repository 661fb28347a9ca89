using SiteGen.Core.Diagnostics;

namespace SiteGen.Core.Content;

/// <summary>The YAML between the opening and closing '---' lines, and the Markdown body after them.</summary>
public sealed record FrontMatterParts(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine);

/// <summary>Splits a content file into front matter and body (the Hugo/Jekyll convention of '---' fences).</summary>
public static class FrontMatterSplitter
{
    public static FrontMatterParts? Split(string text, DiagnosticBag diagnostics)
    {
        var firstEnd = text.IndexOf('\n');
        var firstLine = (firstEnd < 0 ? text : text[..firstEnd]).TrimEnd();
        if (firstLine != "---")
        {
            diagnostics.Fatal("FRONT-MATTER", 1, 1, "文件开头没有前言（front matter）。", "把报告的 YAML 写在第一行 `---` 与下一个 `---` 行之间（参见 编辑指南.md 或 `sitegen new`）。");
            return null;
        }

        var line = 2;
        var pos = firstEnd + 1;
        while (pos < text.Length)
        {
            var end = text.IndexOf('\n', pos);
            var current = end < 0 ? text[pos..] : text[pos..end];
            if (current.TrimEnd() == "---")
            {
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatterParts(text[(firstEnd + 1)..pos], 2, body, line + 1);
            }

            if (end < 0)
            {
                break;
            }

            pos = end + 1;
            line++;
        }

        diagnostics.Fatal("FRONT-MATTER", 1, 1, "第 1 行开始的前言没有结束。", "在前言最后一个键之后、报告正文之前加一行 `---`。");
        return null;
    }
}
