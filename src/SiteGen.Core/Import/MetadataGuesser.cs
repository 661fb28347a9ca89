using System.Text.RegularExpressions;
using SiteGen.Core.Reports;

namespace SiteGen.Core.Import;

/// <summary>
/// Proposes title, agency name, id, sector, level, region and the statistical year from the title line and the text.
/// The year is the one the title names (a report published in 2025 about 2024 says 2024年); the name is the title's,
/// completed from the text when the title abbreviates it (平桥住建局 → 信阳市平桥区住房和城乡建设局).
/// </summary>
public static partial class MetadataGuesser
{
    public static ImportedMetadata Guess(IReadOnlyList<SourceLine> lines, DocumentOutline outline, ImportLog log)
    {
        var titleLine = outline.Title >= 0 ? lines[outline.Title] : null;
        var title = titleLine is null ? "" : PageHeader().Replace(DocumentOutline.HeadingText(titleLine.Text), "");

        // A PDF copy may break the title after the agency's name: 罗山县自然资源局 / 2020年政府信息公开工作年度报告.
        if (outline.Title > 0 && title.Length > 0 && char.IsDigit(title[0]) &&
            lines[outline.Title - 1] is { Kind: not LineKind.Row } above && DocumentOutline.HeadingText(above.Text) is { Length: >= 2 and <= 30 } agency &&
            !agency.Any(c => c is '。' or '，' or ',' or '>' or ':' or '：'))
        {
            title = agency + title;
        }
        var text = TextFold.Squeeze(string.Join("\n", lines.Take(60).Select(l => l.Text)));
        var line = titleLine?.Line ?? 1;

        var year = Year(title, text, line, log);
        var name = Name(title, text, line, log);
        if (title.Length == 0)
        {
            title = $"{name}{year}年政府信息公开工作年度报告";
            log.Warning("IMPORT-META", 1, $"找不到标题行，`title` 已写为「{title}」。", "把报告标题复制到第一行，或改正 `title`。");
        }

        var province = PlaceNames.FindIn(name, PlaceNames.Provinces);
        var city = PlaceNames.FindIn(name, PlaceNames.Cities);
        var county = PlaceNames.FindIn(name, PlaceNames.Counties);
        city ??= PlaceNames.ByName(county?.Parent, PlaceNames.Cities);
        province ??= PlaceNames.ByName(city?.Parent, PlaceNames.Provinces);

        // District names repeat across cities (新华区 is in 平顶山 and in 石家庄): the full name carries the city.
        if (county is not null && city is not null && county.Name.EndsWith('区') && !name.Contains(PlaceNames.Short(city.Name), StringComparison.Ordinal))
        {
            log.Warning("IMPORT-META", line, $"机关名称「{name}」前已补上所在的市：「{city.Name}{name}」。", "对照报告落款核对 `agency.name`。");
            name = city.Name + name;
        }

        var kind = AgencyKinds.Of(name);
        // A district, alone (平桥区…) or after its city (威海市文登区…, 攀枝花市西区…), is of county level.
        var level = county is not null || name.Contains('县') || Regex.IsMatch(name, "^(?:[^市]{2,4}市)?[^市区]{1,4}(?<![社小园景])区") ? AgencyLevel.县
            : city is not null || name.Contains('市') ? AgencyLevel.市
            : province is not null || name.EndsWith('厅') ? AgencyLevel.省
            : AgencyLevel.市;
        var region = new List<string> { province?.Name ?? ProvinceInText(text) ?? ImportPlaceholders.Undecided };
        if (Municipality.Of(name, province) is { } municipal)
        {
            (level, region) = (municipal.Level, [.. municipal.Region]);
        }

        if (name.Contains('乡') && !name.Contains("城乡", StringComparison.Ordinal) || name.EndsWith("镇人民政府", StringComparison.Ordinal))
        {
            level = AgencyLevel.乡;
        }

        if (city is not null)
        {
            region.Add(city.Name);
        }

        if (county is not null)
        {
            region.Add(county.Name);
        }

        if (region[0] == ImportPlaceholders.Undecided || (region.Count < 2 && level != AgencyLevel.省))
        {
            log.Warning("IMPORT-META", line, $"无法从名称判断「{name}」的所在地区，已写为 `[{string.Join(", ", region)}]`。", "把 `agency.region` 写成 `[省, 市]` 或 `[省, 市, 县/区]`。");
        }

        var sector = kind?.Sector ?? ImportPlaceholders.Undecided;
        if (kind is null)
        {
            log.Warning("IMPORT-META", line, $"无法判断「{name}」所属的领域，`agency.sector` 已写为 `待定`。", "填写 `agency.sector`，即与同类机关比较时所属的领域，如 `住房和城乡建设`、`财政`。");
        }

        var id = Id(name, province, city, county, kind, level);
        if (id is null)
        {
            id = ImportPlaceholders.Id(name);
            log.Warning("IMPORT-AGENCY-ID", line, $"无法为「{name}」推断出 `agency.id`，已写入占位 id `{id}`。", "按名称的拼音缩写定一个不再改动的 `agency.id`，如 `zhoukou-zjj`；它会成为报告的网址。");
        }

        return new ImportedMetadata(title, name, id, sector, level, [.. region], year);
    }

    private static int? Year(string title, string text, int line, ImportLog log)
    {
        if (YearInText().Match(title) is { Success: true } m)
        {
            return int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        // 本报告中所列数据的统计期限为2024年1月1日至12月31日: the statistical year itself.
        if (StatisticalPeriod().Match(text) is { Success: true } p)
        {
            log.Warning("IMPORT-META", line, $"标题中没有年份；统计期限从 {p.Groups[1].Value} 年 1 月 1 日开始，`year` 已写为 {p.Groups[1].Value}。", "核对 `year`：应为报告统计的年度。");
            return int.Parse(p.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (YearOfReport().Match(text) is { Success: true } r)
        {
            log.Warning("IMPORT-META", line, $"标题中没有年份；正文写的是 {r.Groups[1].Value} 年度，`year` 已写为 {r.Groups[1].Value}。", "核对 `year`：应为报告统计的年度。");
            return int.Parse(r.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        log.Error("IMPORT-META", line, "标题和正文中都找不到年份，`year` 已写为 2000。", "把 `year` 改为报告统计的年度。");
        return null;
    }

    private static string Name(string title, string text, int line, ImportLog log)
    {
        var name = NameInTitle().Match(title) is { Success: true } m && m.Groups[1].Value.Length >= 2
            ? m.Groups[1].Value
            : YearFirstTitle().Match(title) is { Success: true } y ? y.Groups[1].Value : "";
        name = AgencyKinds.Expand(name.Trim());
        if (name.Length == 0)
        {
            log.Warning("IMPORT-META", line, "标题中找不到机关名称，`agency.name` 已写为 `待定`。", "在 `agency.name` 中填写机关的正式全称。");
            return ImportPlaceholders.Undecided;
        }

        // The text often names the agency in full where the title abbreviates it.
        var fuller = FullerName(name, text);
        return fuller ?? name;
    }

    private static string? FullerName(string name, string text)
    {
        var kind = AgencyKinds.Of(name);
        if (kind is null)
        {
            return null;
        }

        string? best = null;
        foreach (Match m in Regex.Matches(text, @"[\u4E00-\u9FFF]{1,14}?" + Regex.Escape(kind.Suffix)))
        {
            var candidate = m.Value;
            for (var start = 0; start < candidate.Length - kind.Suffix.Length; start++)
            {
                var tail = candidate[start..];
                var startsWithPlace = PlaceNames.Provinces.Concat(PlaceNames.Cities).Concat(PlaceNames.Counties).Any(p => tail.StartsWith(p.Name, StringComparison.Ordinal));
                if (startsWithPlace && tail.Length > name.Length && IsSubsequence(name, tail) && (best is null || tail.Length > best.Length))
                {
                    best = tail;
                }
            }
        }

        return best;
    }

    private static bool IsSubsequence(string shorter, string longer)
    {
        var i = 0;
        foreach (var c in longer)
        {
            if (i < shorter.Length && shorter[i] == c)
            {
                i++;
            }
        }

        return i == shorter.Length;
    }

    private static string? ProvinceInText(string text) =>
        PlaceNames.Provinces.Where(p => text.Contains(p.Name, StringComparison.Ordinal)).Select(p => p.Name).FirstOrDefault();

    private static string? Id(string name, Place? province, Place? city, Place? county, AgencyKind? kind, AgencyLevel level)
    {
        if (kind is null)
        {
            return null;
        }

        var parts = level == AgencyLevel.省
            ? new[] { province?.Slug }
            : new[] { city?.Slug, county?.Slug }.Where(s => s is not null).ToArray();
        var placeNamed = level switch
        {
            AgencyLevel.省 => province is not null,
            AgencyLevel.县 => county is not null,
            AgencyLevel.市 => city is not null,
            _ => false,
        };
        return placeNamed && parts.Length > 0 && parts.All(p => p is not null) ? string.Join('-', parts) + "-" + kind.Slug : null;
    }

    [GeneratedRegex(@"((?:19|20)\d{2})年")]
    private static partial Regex YearInText();

    // A PDF flip-book prints its page before the title: Page 8 - 威海市…年度报告.
    [GeneratedRegex(@"^(?:Page|P\.?|第)\d+页?[-–—]+")]
    private static partial Regex PageHeader();

    [GeneratedRegex(@"统计[^。\n]{0,20}?((?:19|20)\d{2})年1月1日")]
    private static partial Regex StatisticalPeriod();

    [GeneratedRegex(@"((?:19|20)\d{2})年度?(?:政府信息公开|政务公开)")]
    private static partial Regex YearOfReport();

    [GeneratedRegex(@"^(?:关于)?(.+?)(?:19|20)\d{2}年")]
    private static partial Regex NameInTitle();

    [GeneratedRegex(@"^(?:19|20)\d{2}年度?(.+?)政府信息公开")]
    private static partial Regex YearFirstTitle();
}
