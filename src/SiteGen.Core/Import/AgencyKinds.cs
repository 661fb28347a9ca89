namespace SiteGen.Core.Import;

/// <summary>A kind of agency: the end of its name, the sector it is compared within, and the slug its id ends with.</summary>
public sealed record AgencyKind(string Suffix, string Sector, string Slug);

/// <summary>
/// The agency kinds that publish most reports, longest suffix first so 住房和城乡建设局 wins over 局. The slugs are the
/// usual pinyin initials (住房和城乡建设局 → zjj, as content/ uses). Common short forms are expanded first
/// (平桥住建局 → 平桥住房和城乡建设局), since the official name is what the archive shows.
/// </summary>
public static class AgencyKinds
{
    public static readonly IReadOnlyList<AgencyKind> All =
    [
        new("住房和城乡建设局", "住房和城乡建设", "zjj"), new("住房和城乡建设厅", "住房和城乡建设", "zjt"),
        new("住房和城乡建设委员会", "住房和城乡建设", "zjw"), new("人民政府办公室", "政府办公室", "zfb"),
        new("人民政府办公厅", "政府办公室", "zfbgt"), new("人民政府", "人民政府", "zf"),
        new("自然资源和规划局", "自然资源", "zrzyghj"), new("自然资源局", "自然资源", "zrzyj"), new("自然资源厅", "自然资源", "zrzyt"),
        new("发展和改革委员会", "发展改革", "fgw"), new("人力资源和社会保障局", "人力资源和社会保障", "rsj"),
        new("卫生健康委员会", "卫生健康", "wjw"), new("市场监督管理局", "市场监管", "scjgj"), new("生态环境局", "生态环境", "sthjj"),
        new("交通运输局", "交通运输", "jtysj"), new("农业农村局", "农业农村", "nyncj"), new("文化广电和旅游局", "文化和旅游", "wgly"),
        new("退役军人事务局", "退役军人事务", "tyjrswj"), new("应急管理局", "应急管理", "yjglj"), new("医疗保障局", "医疗保障", "ybj"),
        new("城市管理局", "城市管理", "cgj"), new("教育体育局", "教育", "jtj"), new("教育局", "教育", "jyj"), new("财政局", "财政", "czj"),
        new("公安局", "公安", "gaj"), new("民政局", "民政", "mzj"), new("司法局", "司法", "sfj"), new("水利局", "水利", "slj"),
        new("商务局", "商务", "swj"), new("审计局", "审计", "sjj"), new("统计局", "统计", "tjj"), new("林业局", "林业", "lyj"),
    ];

    private static readonly (string Short, string Full)[] ShortForms =
    [
        ("住建局", "住房和城乡建设局"), ("住建委", "住房和城乡建设委员会"), ("住建厅", "住房和城乡建设厅"),
        ("发改委", "发展和改革委员会"), ("人社局", "人力资源和社会保障局"), ("卫健委", "卫生健康委员会"),
        ("市监局", "市场监督管理局"), ("资规局", "自然资源和规划局"), ("政府办", "人民政府办公室"),
    ];

    public static string Expand(string name)
    {
        foreach (var (shortForm, full) in ShortForms)
        {
            if (name.EndsWith(shortForm, StringComparison.Ordinal))
            {
                return name[..^shortForm.Length] + full;
            }
        }

        return name;
    }

    public static AgencyKind? Of(string name) => All.FirstOrDefault(k => name.EndsWith(k.Suffix, StringComparison.Ordinal));
}
