using SiteGen.Core.Reports;

namespace SiteGen.Core.Import;

/// <summary>
/// The four 直辖市 (北京, 上海, 天津, 重庆) are provinces: their governments and departments are of level 省, region
/// [上海市]. Their districts and counties are of level 县 (content-model.md: 区 counts as 县 level), region
/// [上海市, 上海市, 浦东新区], the city level being the municipality itself.
/// </summary>
public static class Municipality
{
    private static readonly string[] Names = ["北京市", "天津市", "上海市", "重庆市"];

    public sealed record Placement(AgencyLevel Level, IReadOnlyList<string> Region);

    public static Placement? Of(string name, Place? province)
    {
        if (province is null || !Names.Contains(province.Name))
        {
            return null;
        }

        var shortName = PlaceNames.Short(province.Name);
        var at = name.IndexOf(shortName, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var rest = name[(at + shortName.Length)..].TrimStart('市');
        var district = District(rest);
        return district is null
            ? new Placement(AgencyLevel.省, [province.Name])
            : new Placement(AgencyLevel.县, [province.Name, province.Name, district]);
    }

    /// <summary>The district or county the rest of the name starts with (浦东新区教育局 → 浦东新区), or null.</summary>
    private static string? District(string rest)
    {
        for (var length = 2; length <= Math.Min(7, rest.Length); length++)
        {
            if (rest[length - 1] is '区' or '县')
            {
                return rest[..length];
            }
        }

        return null;
    }
}
