using SiteGen.Core.Diagnostics;

namespace SiteGen.Tests.Import;

/// <summary>
/// A real table (a saved web page, a Word file) keeps every cell, so an empty cell at the end of a row is a blank cell
/// of the table, not a trailing tab. Some agencies leave every zero blank, 总计 included (上海市人民政府办公厅 2019).
/// </summary>
public sealed class RealTableTests
{
    public static TheoryData<Shape> RealTables() => [Shape.Html, Shape.Docx];

    [Theory]
    [MemberData(nameof(RealTables))]
    public void Empty_cells_at_the_end_of_a_row_are_blank_cells(Shape shape)
    {
        var applications = SampleTables.Applications(r => r.Path switch
        {
            "granted" => [.. r.Label, "4", "1", "", "", "", "", ""],
            "withheld.state_secret" => [.. r.Label, "2", "", "", "", "", "", ""],
            _ => null,
        });
        var appeals = SampleTables.Appeals("1", "", "", "", "1", "", "", "", "1", "1", "", "", "", "", "");
        var imported = Imported.From(SampleTables.Report2021(applications: applications, appeals: appeals), shape);

        Assert.Equal([4, 1, null, null, null, null, null], imported.Row("applications.granted"));
        Assert.Equal([2, null, null, null, null, null, null], imported.Row("applications.withheld.state_secret"));
        Assert.Equal([1, null, null, null, 1], imported.Row("appeals.review"));
        Assert.Equal([null, null, null, 1, 1], imported.Row("appeals.litigation_direct"));
        Assert.Equal([null, null, null, null, null], imported.Row("appeals.litigation_after_review"));
        Assert.False(imported.Has("IMPORT-CELLS"), imported.Dump);
        Assert.False(imported.Has("IMPORT-MISSING"), imported.Dump);
        Assert.True(imported.Has("IMPORT-BLANK", Severity.Warning));
    }

    [Theory]
    [MemberData(nameof(RealTables))]
    public void An_empty_last_column_the_row_does_not_need_is_layout(Shape shape)
    {
        var applications = SampleTables.Applications(r => [.. r.Label, .. r.Values, ""]);
        var imported = Imported.From(SampleTables.Report2021(applications: applications), shape);

        Assert.Equal([10, 1, 0, 0, 0, 0, 11], imported.Row("applications.received"));
        Assert.Equal([3, 0, 0, 0, 0, 0, 3], imported.Row("applications.unavailable.not_held"));
        Assert.Equal(0, imported.ExitCode);
    }
}
