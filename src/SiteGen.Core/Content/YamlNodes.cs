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

        Error(node, "TYPE", $"'{path}' must be a mapping of keys.", $"Write the keys of '{path}' indented on the lines below it.");
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
                var where = path.Length == 0 ? "front matter" : $"'{path}'";
                Error(keyNode, "UNKNOWN-KEY", $"unknown key '{key}' in {where}.", $"Use one of: {string.Join(", ", known)}; or fix the spelling or indentation.");
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
            diagnostics.Fatal("MISSING-KEY", LineOf(mapping), ColumnOf(mapping), $"required key '{Join(path, key)}' is missing.", $"Add it, for example `{key}: {example}`.");
        }

        return node;
    }

    public string? String(YamlNode node, string path)
    {
        if (node is YamlScalarNode { Value: { Length: > 0 } value } && !IsNull(node))
        {
            return value.Trim();
        }

        Error(node, "TYPE", $"'{path}' must be text.", $"Write a value after '{path.Split('.')[^1]}:'.");
        return null;
    }

    public bool IsNull(YamlNode node) =>
        node is YamlScalarNode scalar && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain &&
        (scalar.Value is null or "" or "~" or "null" or "Null" or "NULL");

    /// <summary>A plain number cell; <c>null</c>/<c>~</c> is a blank cell. Quoted text, "/" or "无" is an error, with the fix.</summary>
    public bool TryCell(YamlNode node, string path, out decimal? value)
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
            ? "A cell the original leaves blank or marks with '/', '-' or '无' is written null."
            : "Write a plain number (178, 24.5) or null for a blank cell, without quotes or units.";
        if (node is YamlScalarNode { Style: not YamlDotNet.Core.ScalarStyle.Plain })
        {
            fix = "Remove the quotes: a number in quotes is text.";
        }
        else if (shown.Length > 0 && shown.All(c => char.IsDigit(c) || c == '.'))
        {
            fix = "The number is too large or malformed; write it as printed in the report.";
        }

        Error(node, "TYPE", $"'{path}' must be a number, not '{Shorten(shown)}'.", fix);
        return false;
    }

    public static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
