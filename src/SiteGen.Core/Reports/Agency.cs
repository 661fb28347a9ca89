using System.Collections.Immutable;

namespace SiteGen.Core.Reports;

/// <summary>The administrative level of an agency; 区 counts as 县 level (content-model.md).</summary>
public enum AgencyLevel
{
    省,
    市,
    县,
    乡,
}

/// <summary>The agency that published a report. <see cref="Id"/> is a stable ASCII slug used in URLs.</summary>
public sealed record Agency(string Name, string Id, string Sector, AgencyLevel Level, ImmutableArray<string> Region)
{
    public string Province => Region.Length > 0 ? Region[0] : "";

    public string? City => Region.Length > 1 ? Region[1] : null;
}
