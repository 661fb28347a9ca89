namespace SiteGen.Core.Import;

/// <summary>A place an agency's name may start with: its name as written, its ASCII slug (pinyin), and the place above it.</summary>
public sealed record Place(string Name, string Slug, string? Parent);

/// <summary>
/// A small, hand-made table of place names and their pinyin slugs for agency ids (there is no pinyin package here):
/// the 31 provinces, Henan's 18 cities, and the counties and districts of the cities the archive holds so far. An
/// agency elsewhere gets a placeholder id and a warning; add its place here to derive real ids.
/// Slugs follow content/: a county keeps 县 in its slug when the name is one character plus 县 (叶县 → yexian),
/// and drops 区/县/市 otherwise (平桥区 → pingqiao).
/// </summary>
public static class PlaceNames
{
    public static readonly IReadOnlyList<Place> Provinces =
    [
        new("北京市", "beijing", null), new("天津市", "tianjin", null), new("上海市", "shanghai", null), new("重庆市", "chongqing", null),
        new("河北省", "hebei", null), new("山西省", "shanxi", null), new("辽宁省", "liaoning", null), new("吉林省", "jilin", null),
        new("黑龙江省", "heilongjiang", null), new("江苏省", "jiangsu", null), new("浙江省", "zhejiang", null), new("安徽省", "anhui", null),
        new("福建省", "fujian", null), new("江西省", "jiangxi", null), new("山东省", "shandong", null), new("河南省", "henan", null),
        new("湖北省", "hubei", null), new("湖南省", "hunan", null), new("广东省", "guangdong", null), new("海南省", "hainan", null),
        new("四川省", "sichuan", null), new("贵州省", "guizhou", null), new("云南省", "yunnan", null), new("陕西省", "shaanxi", null),
        new("甘肃省", "gansu", null), new("青海省", "qinghai", null), new("内蒙古自治区", "neimenggu", null), new("广西壮族自治区", "guangxi", null),
        new("西藏自治区", "xizang", null), new("宁夏回族自治区", "ningxia", null), new("新疆维吾尔自治区", "xinjiang", null),
    ];

    public static readonly IReadOnlyList<Place> Cities =
    [
        new("郑州市", "zhengzhou", "河南省"), new("开封市", "kaifeng", "河南省"), new("洛阳市", "luoyang", "河南省"), new("平顶山市", "pingdingshan", "河南省"),
        new("安阳市", "anyang", "河南省"), new("鹤壁市", "hebi", "河南省"), new("新乡市", "xinxiang", "河南省"), new("焦作市", "jiaozuo", "河南省"),
        new("濮阳市", "puyang", "河南省"), new("许昌市", "xuchang", "河南省"), new("漯河市", "luohe", "河南省"), new("三门峡市", "sanmenxia", "河南省"),
        new("南阳市", "nanyang", "河南省"), new("商丘市", "shangqiu", "河南省"), new("信阳市", "xinyang", "河南省"), new("周口市", "zhoukou", "河南省"),
        new("驻马店市", "zhumadian", "河南省"), new("济源市", "jiyuan", "河南省"),
        new("武汉市", "wuhan", "湖北省"), new("宜昌市", "yichang", "湖北省"), new("襄阳市", "xiangyang", "湖北省"),
    ];

    public static readonly IReadOnlyList<Place> Counties =
    [
        // 信阳市
        new("浉河区", "shihe", "信阳市"), new("平桥区", "pingqiao", "信阳市"), new("罗山县", "luoshan", "信阳市"), new("光山县", "guangshan", "信阳市"),
        new("新县", "xinxian", "信阳市"), new("商城县", "shangcheng", "信阳市"), new("固始县", "gushi", "信阳市"), new("潢川县", "huangchuan", "信阳市"),
        new("淮滨县", "huaibin", "信阳市"), new("息县", "xixian", "信阳市"),

        // 平顶山市
        new("新华区", "xinhua", "平顶山市"), new("卫东区", "weidong", "平顶山市"), new("石龙区", "shilong", "平顶山市"), new("湛河区", "zhanhe", "平顶山市"),
        new("宝丰县", "baofeng", "平顶山市"), new("叶县", "yexian", "平顶山市"), new("鲁山县", "lushan", "平顶山市"), new("郏县", "jiaxian", "平顶山市"),
        new("舞钢市", "wugang", "平顶山市"), new("汝州市", "ruzhou", "平顶山市"),

        // 洛阳市
        new("老城区", "laocheng", "洛阳市"), new("西工区", "xigong", "洛阳市"), new("瀍河回族区", "chanhe", "洛阳市"), new("涧西区", "jianxi", "洛阳市"),
        new("洛龙区", "luolong", "洛阳市"), new("偃师区", "yanshi", "洛阳市"), new("孟津区", "mengjin", "洛阳市"), new("新安县", "xinan", "洛阳市"),
        new("栾川县", "luanchuan", "洛阳市"), new("嵩县", "songxian", "洛阳市"), new("汝阳县", "ruyang", "洛阳市"), new("宜阳县", "yiyang", "洛阳市"),
        new("洛宁县", "luoning", "洛阳市"), new("伊川县", "yichuan", "洛阳市"),

        // 周口市
        new("川汇区", "chuanhui", "周口市"), new("淮阳区", "huaiyang", "周口市"), new("扶沟县", "fugou", "周口市"), new("西华县", "xihua", "周口市"),
        new("商水县", "shangshui", "周口市"), new("沈丘县", "shenqiu", "周口市"), new("郸城县", "dancheng", "周口市"), new("太康县", "taikang", "周口市"),
        new("鹿邑县", "luyi", "周口市"), new("项城市", "xiangcheng", "周口市"),

        // 新乡市
        new("红旗区", "hongqi", "新乡市"), new("卫滨区", "weibin", "新乡市"), new("凤泉区", "fengquan", "新乡市"), new("牧野区", "muye", "新乡市"),
        new("新乡县", "xinxiangxian", "新乡市"), new("获嘉县", "huojia", "新乡市"), new("原阳县", "yuanyang", "新乡市"), new("延津县", "yanjin", "新乡市"),
        new("封丘县", "fengqiu", "新乡市"), new("卫辉市", "weihui", "新乡市"), new("辉县市", "huixian", "新乡市"), new("长垣市", "changyuan", "新乡市"),

        // 郑州市
        new("中原区", "zhongyuan", "郑州市"), new("二七区", "erqi", "郑州市"), new("管城回族区", "guancheng", "郑州市"), new("金水区", "jinshui", "郑州市"),
        new("上街区", "shangjie", "郑州市"), new("惠济区", "huiji", "郑州市"), new("中牟县", "zhongmou", "郑州市"), new("巩义市", "gongyi", "郑州市"),
        new("荥阳市", "xingyang", "郑州市"), new("新密市", "xinmi", "郑州市"), new("新郑市", "xinzheng", "郑州市"), new("登封市", "dengfeng", "郑州市"),
    ];

    /// <summary>The place as written in full, or by its short name (信阳 for 信阳市, 平桥 for 平桥区) when the name abbreviates it.</summary>
    public static Place? FindIn(string name, IReadOnlyList<Place> places) =>
        places.FirstOrDefault(p => name.Contains(p.Name, StringComparison.Ordinal)) ??
        places.FirstOrDefault(p => Short(p.Name) is { Length: >= 2 } s && s != p.Name && ShortAt(name, s));

    // 新乡 in 新乡市 is the city, not 新乡县: a short name counts only when no administrative suffix follows it.
    private static bool ShortAt(string name, string shortName)
    {
        var at = name.IndexOf(shortName, StringComparison.Ordinal);
        return at >= 0 && (at + shortName.Length == name.Length || "市省县区".IndexOf(name[at + shortName.Length]) < 0);
    }

    /// <summary>The name without its administrative suffix: 信阳市 → 信阳, 平桥区 → 平桥 (叶县 stays: one character is not a name).</summary>
    public static string Short(string name)
    {
        foreach (var suffix in new[] { "回族区", "自治区", "市", "省", "区", "县" })
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length - suffix.Length >= 2)
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    public static Place? ByName(string? name, IReadOnlyList<Place> places) => places.FirstOrDefault(p => p.Name == name);
}
