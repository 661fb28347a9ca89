namespace SiteGen.Core.Site.Pages;

/// <summary>Which way a figure moved from the year before; the theme colours it, the words and sign say it too.</summary>
public enum ChangeDirection
{
    None,
    Up,
    Down,
    Same,

    /// <summary>The two years measure it differently (table 二 in the 2019 and 2021 formats): the series breaks.</summary>
    Break,
}

/// <summary>One year's figure and its change from the year before ("+12（增加）", "−2.3 个百分点（下降）").</summary>
public sealed record SeriesCell(int Year, string Text, string? Change, ChangeDirection Direction, string? Note = null);

/// <summary>One row or metric year by year; <see cref="Key"/> is its front matter path or metric id.</summary>
public sealed record SeriesRow(string Key, string Label, IReadOnlyList<SeriesCell> Cells);

/// <summary>A table of rows × years.</summary>
public sealed record SeriesTable(string Id, string Caption, IReadOnlyList<int> Years, IReadOnlyList<SeriesRow> Rows);

/// <summary>A cross-year warning (X-CARRY, X-STOCK, COPY) of one year, with the report it concerns.</summary>
public sealed record CrossYearNotice(int Year, string Code, string Message, Link Report);
