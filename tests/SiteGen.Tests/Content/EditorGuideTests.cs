using System.Text.RegularExpressions;
using SiteGen.Core.Reports;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>docs/编辑指南.md stays complete: every front matter key with its row label, every diagnostic code.</summary>
public sealed partial class EditorGuideTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "编辑指南.md"));

    [Fact]
    public void Every_table_key_is_listed_with_its_row_label()
    {
        foreach (var row in new[] { ReportFormat.F2021, ReportFormat.F2019 }.SelectMany(f => NationalTemplate.TablesFor(f)).SelectMany(t => t.Rows))
        {
            Assert.Contains($"`{row.Path}` | {row.Label}", Guide);
        }
    }

    [Fact]
    public void Every_diagnostic_code_the_engine_can_give_is_explained()
    {
        var codes = Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "SiteGen.Core"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => Code().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .ToHashSet();
        Assert.Contains("T3-IDENT", codes);
        Assert.All(codes, code => Assert.Contains($"`{code}`", Guide));
    }

    /// <summary>The code argument of a diagnostic: Fatal("YAML", …), yaml.Error(node, "TYPE", …), Severity.Error, "T3-IDENT".</summary>
    [GeneratedRegex(@"(?:(?:Fatal|Error|Warning|Unreadable)\((?:[a-z]+, )?|Severity\.(?:Error|Warning), )""([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)""")]
    private static partial Regex Code();
}
