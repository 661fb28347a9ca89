using System.Text;
using Deque.AxeCore.Commons;

namespace SiteGen.Tests.Browser;

/// <summary>
/// Turns axe violations into a failure message a developer can act on without re-running anything: rule, impact,
/// help text and link, and for each failing element its selector, its HTML and what axe says would fix it.
/// </summary>
public static class AxeReport
{
    private const int MaxNodesPerRule = 10;

    public static string Describe(string path, int width, IReadOnlyCollection<AxeResultItem> violations)
    {
        var text = new StringBuilder($"axe found {violations.Count} violation(s) on {path} at {width} px:");
        foreach (var rule in violations)
        {
            text.Append($"\n\n[{rule.Id}] ({rule.Impact}) {rule.Help}\n  {rule.HelpUrl}");
            // Enough elements to see the pattern; a broken component can fail hundreds of cells.
            foreach (var node in rule.Nodes.Take(MaxNodesPerRule))
            {
                text.Append($"\n  - target: {node.Target?.ToString() ?? "?"}");
                text.Append($"\n    html:   {Shorten(node.Html)}");
                Checks("fix one of", node.Any);
                Checks("fix", node.All);
                Checks("fix", node.None);
            }

            if (rule.Nodes.Length > MaxNodesPerRule)
            {
                text.Append($"\n  … and {rule.Nodes.Length - MaxNodesPerRule} more element(s)");
            }
        }

        return text.ToString();

        // axe's check messages name the concrete problem. Any: fixing one of them is enough; All and None: each must go.
        void Checks(string label, IEnumerable<AxeResultCheck>? checks)
        {
            var messages = (checks ?? []).Select(c => c.Message).Where(m => !string.IsNullOrWhiteSpace(m)).Distinct().ToList();
            if (messages.Count > 0)
            {
                text.Append($"\n    {label}: {string.Join(" | ", messages)}");
            }
        }
    }

    private static string Shorten(string? html)
    {
        var flat = (html ?? "").ReplaceLineEndings(" ");
        return flat.Length <= 200 ? flat : flat[..200] + "…";
    }
}
