using SiteGen.Core.Reports;

namespace SiteGen.Bench.Generator.Agencies;

/// <summary>
/// Official names (周口市住房和城乡建设局, 河南省自然资源厅, 叶县人民政府) and the words a report uses for its agency.
/// Since the 2016 vertical reform a county's environment bureau is a 分局 of the city's: 周口市生态环境局西平县分局.
/// </summary>
internal static class AgencyNaming
{
    public static (string Name, AgencyWords Words) Name(
        Sector sector, AgencyLevel level, Province province, City? city, County? county, string? township)
    {
        // The area the agency belongs to, and the character that names its kind (省, 市, 县, 区, 镇, 乡).
        var place = township ?? county?.Name ?? city?.Name ?? province.Name;
        var kind = place[^1];
        var areaGovernment = $"{kind}政府";
        var partyAndGovernment = level == AgencyLevel.乡 ? $"{place}党委、{kind}政府" : $"{place}委、{kind}政府";
        var portal = $"{county?.Name ?? place}人民政府门户网站";
        var area = level == AgencyLevel.省 ? "省域" : $"{kind}域";
        var levels = level switch
        {
            AgencyLevel.省 => "国家和省",
            AgencyLevel.市 => "省、市",
            _ => $"省、市、{county!.Kind}",
        };

        if (sector.IsGovernment)
        {
            var head = $"{kind}长";
            return ($"{place}人民政府", new AgencyWords($"我{kind}", areaGovernment, $"本{kind}", head, $"{place}政府", place,
                partyAndGovernment, portal, areaGovernment, area, levels));
        }

        if (level == AgencyLevel.县 && sector.Code == "sthj")
        {
            return ($"{city!.Name}生态环境局{place}分局", new AgencyWords("我分局", "分局", "分局", "分局局长", $"{place}生态环境分局", place,
                partyAndGovernment, portal, areaGovernment, area, levels));
        }

        var department = level == AgencyLevel.省 ? sector.ProvinceDepartment : sector.LocalDepartment;
        var shortName = level == AgencyLevel.省 ? sector.ShortProvince : sector.ShortLocal;
        var (unit, title) = department[^1] switch
        {
            '厅' => ("厅", "厅长"),
            '会' => ("委", "主任"),
            _ => ("局", "局长"),
        };
        return ($"{place}{department}", new AgencyWords($"我{unit}", unit, unit, title, place + shortName, place,
            partyAndGovernment, portal, areaGovernment, area, levels));
    }
}
