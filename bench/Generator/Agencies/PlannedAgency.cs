using System.Collections.Immutable;
using SiteGen.Core.Reports;

namespace SiteGen.Bench.Generator.Agencies;

/// <summary>
/// One agency of the archive and the run of consecutive years it reports. <see cref="Words"/> holds how the narrative
/// names it (我局, 周口市住建局, 周口市委、市政府, …) where the seed text names a Henan housing bureau.
/// </summary>
internal sealed record PlannedAgency(
    int Ordinal,
    string Id,
    string Name,
    Sector Sector,
    AgencyLevel Level,
    Province Province,
    ImmutableArray<string> Region,
    AgencyWords Words,
    int FirstYear,
    int LastYear)
{
    public IEnumerable<int> Years => Enumerable.Range(FirstYear, LastYear - FirstYear + 1);

    /// <summary>The report's file, relative to the archive folder: province/agency-id-year.md.</summary>
    public string FileFor(int year) => $"{Province.Slug}/{Id}-{year}.md";

    /// <summary>
    /// 条例 art. 49: 县级以上人民政府部门 publish by 31 January, 县级以上地方人民政府 by 31 March. Generated
    /// reports are all on time, so a future LATE check stays quiet except where a test puts a fault.
    /// </summary>
    public DateOnly PublishedFor(int year, Random random) => Sector.IsGovernment
        ? new DateOnly(year + 1, 2, 10).AddDays(random.Next(0, 50))
        : new DateOnly(year + 1, 1, 8).AddDays(random.Next(0, 24));
}

/// <summary>The agency's words for the placeholders of the seed sentences.</summary>
/// <param name="We">我局, 我厅, 我委, 我县 (the seeds' 我局, 我单位).</param>
/// <param name="Unit">局, 厅, 委, 县政府 (the seeds' 局 in 局网站, 局党组).</param>
/// <param name="Own">局, 厅, 委, 本县: before 政府信息 (the seeds' 局政府信息公开领导小组), where 县政府 would double 政府.</param>
/// <param name="Head">局长, 厅长, 主任, 县长.</param>
/// <param name="Short">周口市住建局, 河南省生态环境厅, 叶县政府.</param>
/// <param name="Place">The agency's own area: 周口市, 叶县, 河南省, 城关镇.</param>
/// <param name="PartyAndGovernment">周口市委、市政府 (the seeds' 县委、县政府).</param>
/// <param name="Portal">周口市人民政府门户网站 (the seeds' 区政府网站).</param>
/// <param name="Government">市政府, 县政府 (the seeds' 市政府, 县政府).</param>
/// <param name="Area">市域, 县域, 省域.</param>
/// <param name="Levels">省、市、县 (the seeds' 省、市、区相关规定).</param>
internal sealed record AgencyWords(
    string We,
    string Unit,
    string Own,
    string Head,
    string Short,
    string Place,
    string PartyAndGovernment,
    string Portal,
    string Government,
    string Area,
    string Levels);
