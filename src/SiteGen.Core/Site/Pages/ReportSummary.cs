namespace SiteGen.Core.Site.Pages;

/// <summary>One report as lists show it: names, link and the headline figures (申请数, 复议, 诉讼), formatted.</summary>
public sealed record ReportSummary(
    string AgencyName,
    string AgencyId,
    int Year,
    string Region,
    Link Report,
    Link Agency,
    string Received,
    string Appeals,
    bool HasErrors);
