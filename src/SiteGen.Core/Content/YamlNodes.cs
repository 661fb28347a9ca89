using System.Globalization;
using SiteGen.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Core.Content;

/// <summary>
/// Strict typed reads of YAML nodes: every wrong type, missing or unknown key becomes a diagnostic at the node's
/// line and column in the content file. Reading the representation model ourselves, rather than deserializing into
/// classes, is what lets every message point at the exact place and say what the editor should write instead.
/// </summary>
internal sealed class YamlNodes(DiagnosticBag diagnostics, int lineOffset)
{
    public DiagnosticBag Diagnostics => diagnostics;

    public int LineOf(YamlNode node) => (int)node.Start.Line + lineOffset;

    public int ColumnOf(YamlNode node) => (int)node.Start.Column;

    public void Error(YamlNode node, string code, string message, string fix) =>
        diagnostics.Fatal(code, LineOf(node), ColumnOf(node), message, fix);

    public void Warning(YamlNode node, string code, string message, string fix) =>
        diagnostics.Warning(code, LineOf(node), ColumnOf(node), message, fix);

    public YamlMappingNode? Mapping(YamlNode node, string path)
    {
        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Error(node, "TYPE", $"`{path}` 下应为若干“键: 值”。", $"把 `{path}` 的各个键缩进写在它下面的行。");
        return null;
    }

    /// <summary>Reports keys of <paramref name="mapping"/> that are not in <paramref name="known"/>: a typo must not lose data silently.</summary>
    public void RejectUnknownKeys(YamlMappingNode mapping, string path, IReadOnlyCollection<string> known)
    {
        foreach (var (keyNode, _) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(key))
            {
                var where = path.Length == 0 ? "前言" : $"`{path}` ";
                Error(keyNode, "UNKNOWN-KEY", $"{where}中有未知的键 `{key}`。", $"改用其中之一：{string.Join(", ", known)}；或改正拼写、缩进。");
            }
        }
    }

    public YamlNode? Child(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public YamlNode? Required(YamlMappingNode mapping, string key, string path, string example)
    {
        var node = Child(mapping, key);
        if (node is null)
        {
            diagnostics.Fatal("MISSING-KEY", LineOf(mapping), ColumnOf(mapping), $"缺少必需的键 `{Join(path, key)}`。", $"补上这个键，例如 `{key}: {example}`。");
        }

        return node;
    }

    public string? String(YamlNode node, string path)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } value } && !IsNull(node))
        {
            return value.Trim();
        }

        Error(node, "TYPE", $"`{path}` 应为文字。", $"在 `{path.Split('.')[^1]}:` 后面填写内容。");
        return null;
    }

    public bool IsNull(YamlNode node) =>
        node is YamlScalarNode scalar && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain &&
        (scalar.Value is null or "" or "~" or "null" or "Null" or "NULL");

    /// <summary>A plain number cell; <c>null</c>/<c>~</c> is a blank cell. Quoted text, "/" or "无" is an error, with the fix.</summary>
    public bool TryCell(YamlNode node, string path, out decimal? value, string? label = null)
    {
        value = null;
        if (IsNull(node))
        {
            return true;
        }

        if (node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: { } text } &&
            decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            value = number;
            return true;
        }

        var shown = (node as YamlScalarNode)?.Value ?? node.NodeType.ToString();
        var fix = shown is "/" or "-" or "无" or "—"
            ? "原表空白或标为 `/`、`-`、`无` 的单元格写 `null`。"
            : "写不带引号和单位的数字（如 `178`、`24.5`），空白单元格写 `null`。";
        if (node is YamlScalarNode { Style: not YamlDotNet.Core.ScalarStyle.Plain })
        {
            fix = "去掉引号：加了引号的数字会被当作文字。";
        }
        else if (shown.Length > 0 && shown.All(c => char.IsDigit(c) || c == '.'))
        {
            fix = "数字过大或格式不对；照原报告抄写。";
        }

        Error(node, "TYPE", $"`{path}`{(label is null ? "" : $"（{label}）")} 应为数字，而不是 `{Shorten(shown)}`。", fix);
        return false;
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
