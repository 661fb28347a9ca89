using System.Collections.Immutable;

namespace SiteGen.Bench.Generator.Tables;

/// <summary>The kinds of deliberate error or warning, one per faulty report, so the notices are exercised at scale.</summary>
public enum FaultKind
{
    /// <summary>本年新收 raised in the 自然人 and 总计 columns: T3-IDENT fails in both.</summary>
    Received,

    /// <summary>予以公开 raised in the 自然人 and 总计 columns: T3-ROWSUM fails in both.</summary>
    Granted,

    /// <summary>本机关不掌握 raised in the 总计 column only: T3-COLSUM on that row, T3-ROWSUM in the 总计 column.</summary>
    NotHeldTotal,

    /// <summary>行政复议 总计 raised: T4-SUM.</summary>
    ReviewTotal,

    /// <summary>上年结转 differs from last year's 结转下年度: X-CARRY (the table's own identities hold).</summary>
    CarriedOver,

    /// <summary>行政规范性文件 现行有效 off by a few from last year's stock: X-STOCK.</summary>
    Stock,

    /// <summary>The narrative states a number of applications the table does not have: TEXT-TABLE.</summary>
    TextTable,

    /// <summary>A county agency reports 规章: LEVEL (only in the last year of its run, so the stock stays consistent).</summary>
    CountyRules,
}

/// <summary>A report with a deliberate fault, and the diagnostics (by code, one entry each) that `sitegen check` must find.</summary>
public sealed record DeliberateFault(string File, string AgencyId, int Year, FaultKind Kind, ImmutableArray<string> ExpectedCodes)
{
    public static ImmutableArray<string> CodesOf(FaultKind kind) => kind switch
    {
        FaultKind.Received => ["T3-IDENT", "T3-IDENT"],
        FaultKind.Granted => ["T3-ROWSUM", "T3-ROWSUM"],
        FaultKind.NotHeldTotal => ["T3-COLSUM", "T3-ROWSUM"],
        FaultKind.ReviewTotal => ["T4-SUM"],
        FaultKind.CarriedOver => ["X-CARRY"],
        FaultKind.Stock => ["X-STOCK"],
        FaultKind.TextTable => ["TEXT-TABLE"],
        FaultKind.CountyRules => ["LEVEL"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
