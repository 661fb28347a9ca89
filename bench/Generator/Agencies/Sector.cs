using System.Collections.Immutable;

namespace SiteGen.Bench.Generator.Agencies;

/// <summary>
/// A peer group of agencies (content-model.md's agency.sector): how its departments are named at each level, the word
/// the narrative uses for its field, the topics its reports talk about, and the scale of its numbers.
/// </summary>
/// <param name="Name">The sector as written in agency.sector (住房和城乡建设).</param>
/// <param name="Code">A short ASCII code, the last part of agency ids (zjj).</param>
/// <param name="Field">The word replacing 住建 in the seed sentences (住建系统 → 生态环境系统).</param>
/// <param name="ProvinceDepartment">The department at province level (住房和城乡建设厅); empty for the government itself.</param>
/// <param name="LocalDepartment">The department at city and county level (住房和城乡建设局).</param>
/// <param name="ShortProvince">The short name at province level (住建厅).</param>
/// <param name="ShortLocal">The short name at city and county level (住建局).</param>
/// <param name="Applications">Median applications a year for a city-level agency; province ×4, county ×0.3.</param>
/// <param name="Licensing">Median 行政许可 decisions a year for a city-level agency.</param>
/// <param name="Penalties">Median 行政处罚 decisions a year for a city-level agency.</param>
internal sealed record Sector(
    string Name,
    string Code,
    string Field,
    string ProvinceDepartment,
    string LocalDepartment,
    string ShortProvince,
    string ShortLocal,
    double Applications,
    double Licensing,
    double Penalties,
    ImmutableArray<string> Topics)
{
    public bool IsGovernment => ProvinceDepartment.Length == 0;

    /// <summary>The sectors and how often each appears: governments most, the departments evenly.</summary>
    public static readonly ImmutableArray<Sector> All =
    [
        new("人民政府", "zf", "政务", "", "", "", "", 20, 30, 5,
            ["重大行政决策", "财政预决算", "征地拆迁", "重大建设项目", "乡村振兴", "优化营商环境", "民生实事"]),
        new("住房和城乡建设", "zjj", "住建", "住房和城乡建设厅", "住房和城乡建设局", "住建厅", "住建局", 25, 600, 40,
            ["老旧小区改造", "住房保障", "商品房预售许可", "建筑工程施工许可", "工程质量安全监督", "城市基础设施建设", "物业管理"]),
        new("自然资源", "zrj", "自然资源", "自然资源厅", "自然资源局", "自然资源厅", "自然资源局", 40, 400, 60,
            ["土地征收", "国土空间规划", "不动产登记", "耕地保护", "矿业权出让", "土地供应"]),
        new("生态环境", "sthj", "生态环境", "生态环境厅", "生态环境局", "生态环境厅", "生态环境局", 12, 150, 80,
            ["环境影响评价审批", "排污许可", "大气污染防治", "水污染防治", "生态环境执法", "突发环境事件处置"]),
        new("教育", "jyj", "教育", "教育厅", "教育局", "教育厅", "教育局", 10, 300, 2,
            ["招生入学", "义务教育学校建设", "学生资助", "教师资格认定", "校外培训监管", "学前教育"]),
        new("公安", "gaj", "公安", "公安厅", "公安局", "公安厅", "公安局", 15, 3000, 4000,
            ["户籍管理", "道路交通安全管理", "出入境管理", "治安管理", "消防安全检查", "居住证办理"]),
        new("人力资源和社会保障", "rsj", "人社", "人力资源和社会保障厅", "人力资源和社会保障局", "人社厅", "人社局", 12, 200, 10,
            ["社会保险", "就业创业补贴", "劳动保障监察", "职称评审", "人才引进", "根治欠薪"]),
        new("交通运输", "jtj", "交通运输", "交通运输厅", "交通运输局", "交通运输厅", "交通运输局", 8, 1500, 600,
            ["公路建设", "道路运输许可", "农村公路养护", "城市公交", "超限超载治理", "水路运输"]),
        new("卫生健康", "wjw", "卫生健康", "卫生健康委员会", "卫生健康委员会", "卫健委", "卫健委", 8, 500, 60,
            ["医疗机构执业许可", "公共卫生", "疾病预防控制", "妇幼健康", "基层医疗卫生服务", "医疗纠纷调处"]),
        new("市场监督管理", "scjgj", "市场监管", "市场监督管理局", "市场监督管理局", "市场监管局", "市场监管局", 15, 4000, 500,
            ["市场主体登记", "食品安全监管", "药品安全监管", "特种设备安全", "产品质量抽查", "价格监督检查"]),
        new("财政", "czj", "财政", "财政厅", "财政局", "财政厅", "财政局", 8, 5, 3,
            ["预算决算公开", "政府采购", "财政专项资金", "惠民惠农补贴", "政府债务管理", "国有资产管理"]),
        new("民政", "mzj", "民政", "民政厅", "民政局", "民政厅", "民政局", 6, 80, 2,
            ["最低生活保障", "养老服务", "社会组织登记", "婚姻登记", "殡葬管理", "特困人员救助供养"]),
        new("农业农村", "nyncj", "农业农村", "农业农村厅", "农业农村局", "农业农村厅", "农业农村局", 7, 200, 40,
            ["高标准农田建设", "农村人居环境整治", "农业补贴", "动物防疫", "农产品质量安全", "农村宅基地管理"]),
    ];

    /// <summary>Weights for <see cref="All"/>: a government in about one draw of six.</summary>
    public static readonly ImmutableArray<double> Weights = [0.16, 0.07, 0.07, 0.07, 0.07, 0.07, 0.07, 0.07, 0.07, 0.07, 0.07, 0.07, 0.07];
}
