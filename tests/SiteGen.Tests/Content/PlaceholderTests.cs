using System.Text;
using SiteGen.Core.Content;
using SiteGen.Core.Diagnostics;
using SiteGen.Tests.Import;
using SiteGen.Tests.Support;

namespace SiteGen.Tests.Content;

/// <summary>
/// What <c>sitegen import</c> writes where it cannot tell (待定, a placeholder id) must not reach the site unnoticed:
/// the loader warns at the value's line while a file still carries one, and the build goes on.
/// </summary>
public sealed class PlaceholderTests
{
    [Fact]
    public void Each_placeholder_left_in_a_file_is_a_warning_at_its_line()
    {
        var text = SampleReport.Text(id: "agency-0123abcd")
            .Replace("sector: 住房和城乡建设", "sector: 待定")
            .Replace("region: [河南省, 测试市]", "region: [河南省, 待定]");

        var (report, diagnostics) = ReportFileLoader.Parse("placeholders.md", Encoding.UTF8.GetBytes(text));

        Assert.NotNull(report);
        var found = diagnostics.Where(d => d.Code == "PLACEHOLDER").OrderBy(d => d.Line).ToList();
        Assert.Equal([(5, "agency.id"), (6, "agency.sector"), (8, "agency.region")], found.Select(d => (d.Line, d.Message.Split('`')[1])));
        Assert.All(found, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.Equal(17, found[^1].Column); // "  region: [河南省, 待定]": the value itself, not its list
    }

    [Fact]
    public void A_file_without_placeholders_has_no_such_warning()
    {
        var (_, diagnostics) = ReportFileLoader.Parse("sample.md", Encoding.UTF8.GetBytes(SampleReport.Text()));

        Assert.DoesNotContain(diagnostics, d => d.Code == "PLACEHOLDER");
    }

    [Fact]
    public void An_imported_report_whose_sector_is_unknown_warns_once_at_import_and_again_when_built()
    {
        var imported = Imported.From(Encoding.UTF8.GetBytes("某某市档案馆2024年政府信息公开工作年度报告\n一、总体情况\n无。\n"));

        Assert.Contains(imported.Diagnostics, d => d.Code == "IMPORT-META" && d.Message.Contains("所属的领域", StringComparison.Ordinal));
        Assert.DoesNotContain(imported.Diagnostics, d => d.Code == "PLACEHOLDER");
        var (_, built) = ReportFileLoader.Parse("imported.md", Encoding.UTF8.GetBytes(imported.Result.Text!));
        Assert.Contains(built, d => d.Code == "PLACEHOLDER" && d.Message.StartsWith("`agency.sector`", StringComparison.Ordinal));
    }
}
