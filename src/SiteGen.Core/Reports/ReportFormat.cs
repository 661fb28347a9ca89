namespace SiteGen.Core.Reports;

/// <summary>Which national template a report follows (content-model.md): it decides which table keys exist.</summary>
public enum ReportFormat
{
    /// <summary>国办公开办函〔2021〕30号, report years 2021 onward.</summary>
    F2021,

    /// <summary>国办公开办函〔2019〕60号 (试行), report years 2019 and 2020.</summary>
    F2019,

    /// <summary>The 2007 条例 and local forms, 2008-2018: narrative only, no table keys.</summary>
    Pre2019,
}

public static class ReportFormatNames
{
    public static string ToYaml(this ReportFormat format) => format switch
    {
        ReportFormat.F2021 => "2021",
        ReportFormat.F2019 => "2019",
        _ => "pre2019",
    };

    public static bool TryParse(string text, out ReportFormat format)
    {
        switch (text)
        {
            case "2021": format = ReportFormat.F2021; return true;
            case "2019": format = ReportFormat.F2019; return true;
            case "pre2019": format = ReportFormat.Pre2019; return true;
            default: format = default; return false;
        }
    }
}
