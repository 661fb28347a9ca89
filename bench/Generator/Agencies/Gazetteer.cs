using System.Collections.Immutable;
using SiteGen.Bench.Generator.Draws;

namespace SiteGen.Bench.Generator.Agencies;

/// <summary>A province: its name, the two-letter code of GB/T 2260 (used in agency ids) and a folder name.</summary>
internal sealed record Province(int Index, string Name, string Code, string Slug, ImmutableArray<City> Cities);

/// <summary>A city (设区的市) with its counties and districts.</summary>
internal sealed record City(int Index, string Name, ImmutableArray<County> Counties);

/// <summary>A county, district or county-level city (all 县 level); <see cref="Kind"/> is its last character.</summary>
internal sealed record County(int Index, string Name)
{
    public char Kind => Name[^1];
}

/// <summary>
/// Ten real provinces with their real cities; counties and districts are made up from common name characters,
/// the same for every seed (the gazetteer is fixed, the draws from it are not).
/// </summary>
internal static class Gazetteer
{
    private static readonly (string Name, string Code, string Slug, string Cities)[] Sources =
    [
        ("河南省", "ha", "henan", "郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店"),
        ("河北省", "he", "hebei", "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水"),
        ("山东省", "sd", "shandong", "济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽"),
        ("江苏省", "js", "jiangsu", "南京 无锡 徐州 常州 苏州 南通 连云港 淮安 盐城 扬州 镇江 泰州 宿迁"),
        ("浙江省", "zj", "zhejiang", "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水"),
        ("安徽省", "ah", "anhui", "合肥 芜湖 蚌埠 淮南 马鞍山 淮北 铜陵 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城"),
        ("湖北省", "hb", "hubei", "武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州"),
        ("湖南省", "hn", "hunan", "长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底"),
        ("广东省", "gd", "guangdong", "广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮"),
        ("四川省", "sc", "sichuan", "成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳"),
    ];

    private const string FirstChars = "东西南北安宁永平长新清丰广兴德宝华明泰嘉建昌盛临汝洪桐柏松梅兰青金石龙凤鹤武文太高云白罗滑淇封鄢舞睢柘宜通";
    private const string SecondChars = "阳城川山江水宁安平丰源林州陵乡口溪湖河泉台峰原谷岗坪田化兴昌和乐康远丘";
    private const string TownSecond = "集店庄桥镇河营寨岭坡湾堡";

    public static readonly ImmutableArray<Province> Provinces = Build();

    private static ImmutableArray<Province> Build()
    {
        // A fixed seed: the same places for every archive, so ids like ha-16-03-zjj always name the same county.
        var random = new Random(20190515);

        // A made-up county never takes a real city's name (宜昌县 in Henan), nor a name that reads as a word.
        var cityStems = Sources.SelectMany(s => s.Cities.Split(' ')).Select(c => c[..2]).Append("太阳").ToList();
        var provinces = ImmutableArray.CreateBuilder<Province>();
        for (var p = 0; p < Sources.Length; p++)
        {
            var (name, code, slug, cityList) = Sources[p];
            var cityNames = cityList.Split(' ');
            var used = new HashSet<string>(cityStems, StringComparer.Ordinal);
            var cities = ImmutableArray.CreateBuilder<City>();
            for (var c = 0; c < cityNames.Length; c++)
            {
                cities.Add(new City(c + 1, cityNames[c] + "市", Counties(random, used)));
            }

            provinces.Add(new Province(p, name, code, slug, cities.ToImmutable()));
        }

        return provinces.ToImmutable();
    }

    /// <summary>Two to four districts, then counties, a few of them county-level cities: names unique in the province.</summary>
    private static ImmutableArray<County> Counties(Random random, HashSet<string> used)
    {
        var count = random.Next(5, 15);
        var districts = random.Next(2, 5);
        var counties = ImmutableArray.CreateBuilder<County>();
        while (counties.Count < count)
        {
            var stem = $"{FirstChars[random.Next(FirstChars.Length)]}{SecondChars[random.Next(SecondChars.Length)]}";
            if (stem[0] == stem[1] || !used.Add(stem))
            {
                continue;
            }

            var kind = counties.Count < districts ? '区' : random.Chance(0.12) ? '市' : '县';
            counties.Add(new County(counties.Count + 1, stem + kind));
        }

        return counties.ToImmutable();
    }

    /// <summary>A township (乡 or 镇) name for the <paramref name="index"/>-th township of a county: made up, stable.</summary>
    public static string Township(Province province, City city, County county, int index)
    {
        // The first character steps with the index, so the townships of one county never share a name.
        var random = new Random(RandomDraws.Mix((province.Index * 1000) + city.Index, county.Index, 7));
        var start = random.Next(FirstChars.Length);
        var second = new Random(RandomDraws.Mix((province.Index * 1000) + city.Index, (county.Index * 100) + index, 8));
        var stem = $"{FirstChars[(start + index) % FirstChars.Length]}{TownSecond[second.Next(TownSecond.Length)]}";
        return stem + (second.Chance(0.7) ? "镇" : "乡");
    }
}
