using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using SiteGen.Core.Reports;

namespace SiteGen.Tests.Reports;

/// <summary>
/// A report's cells are kept as four-byte codes with a side list for the rest (issue 8's memory goal): every value
/// must come back as the same decimal, its scale included ("2.0" prints as 2.0), and a blank stays blank.
/// </summary>
public sealed class ReportCellsTests
{
    private static readonly string Row = NationalTemplate.Appeals.Rows[0].Path;

    private static readonly Gen<decimal?> CellGen = Gen.OneOf(
        Gen.Constant<decimal?>(null),
        Gen.Choose(-5, 5_000).Select(n => (decimal?)n),
        Gen.Elements<decimal?>(0m, -0m, 2.0m, 12.50m, 0.001m, 1_073_741_823m, 1_073_741_824m, -1_073_741_823m, -1_073_741_824m, 1_000_000_000_000m, -3.25m),
        from units in Gen.Choose(-1_000_000, 1_000_000)
        from scale in Gen.Choose(0, 4)
        select (decimal?)new decimal(Math.Abs(units), 0, 0, units < 0, (byte)scale));

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "blank";

    [Fact]
    public void Every_cell_comes_back_as_written_scale_and_blanks_included()
    {
        var property = Prop.ForAll(Gen.ArrayOf(CellGen).ToArbitrary(), cells =>
        {
            var row = new CellRow([.. cells]);
            var builder = new ReportCells.Builder();
            builder.Add(Row, cells);
            var kept = builder.ToCells()[Row];
            foreach (var read in new[] { row, kept })
            {
                Assert.Equal(cells.Select(Text), read.Cells.Select(Text));
                Assert.Equal(cells.Select(Text), Enumerable.Range(0, read.Count).Select(i => Text(read[i])));
                Assert.Equal(cells.Any(c => c is null), read.HasBlank);
            }

            Assert.Equal(row, kept);
            Assert.Equal(row.GetHashCode(), kept.GetHashCode());
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500).WithQuietOnSuccess(true), property);
    }

    [Fact]
    public void Rows_are_found_by_path_and_listed_in_the_order_they_were_read()
    {
        var paths = NationalTemplate.Applications2021.Rows.Select(r => r.Path).Take(4).Reverse().ToList();
        var builder = new ReportCells.Builder();
        for (var i = 0; i < paths.Count; i++)
        {
            builder.Add(paths[i], [i, null, 2.50m]);
        }

        var cells = builder.ToCells();

        Assert.Equal(paths, cells.Keys);
        Assert.Equal(paths.Count, cells.Count);
        Assert.Equal("[1, null, 2.50]", cells[paths[1]].ToString());
        Assert.True(cells.ContainsKey(paths[3]));
        Assert.False(cells.ContainsKey(NationalTemplate.Applications2021.Rows[^1].Path));
        Assert.False(cells.TryGetValue("applications.no_such_row", out _));
        Assert.Throws<KeyNotFoundException>(() => cells["appeals"]);
        Assert.Empty(ReportCells.Empty);
    }

    [Fact]
    public void A_path_outside_the_templates_or_read_twice_is_refused()
    {
        var builder = new ReportCells.Builder();
        builder.Add(Row, [1m]);

        Assert.Throws<ArgumentException>(() => builder.Add(Row, [2m]));
        Assert.Throws<ArgumentException>(() => builder.Add("appeals.no_such_row", [1m]));
    }

    [Fact]
    public void Positions_keep_the_last_one_set_for_a_path()
    {
        var builder = new ReportPositions.Builder();
        builder[""] = new SourcePosition(1, 1);
        builder["appeals"] = new SourcePosition(40, 1);
        builder[Row] = new SourcePosition(41, 3);
        builder[Row] = new SourcePosition(42, 5);

        var positions = builder.ToPositions();

        Assert.Equal(["", "appeals", Row], positions.Keys);
        Assert.Equal(new SourcePosition(42, 5), positions[Row]);
        Assert.False(positions.TryGetValue("disclosure", out _));
        Assert.False(positions.ContainsKey("not a path"));
    }
}
