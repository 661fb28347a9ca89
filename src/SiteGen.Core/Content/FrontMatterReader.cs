using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Core.Diagnostics;
using SiteGen.Core.Reports;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace SiteGen.Core.Content;

/// <summary>
/// Reads a report's front matter strictly, per content-model.md: every key known, every type right, every table row
/// present with the number of columns its table has. Anything else is a diagnostic that stops the build.
/// </summary>
public static partial class FrontMatterReader
{
    private static readonly string[] TopKeys =
        ["title", "agency", "year", "published", "source", "format", "disclosure", "disclosure_2019", "applications", "appeals", "extra"];

    private static readonly string[] AgencyKeys = ["name", "id", "sector", "level", "region"];

    /// <summary>Reads <paramref name="parts"/>; returns null when the report cannot be built (the reasons are in the bag).</summary>
    /// <param name="bodies">Where a one-off build keeps the body (null: in memory).</param>
    public static Report? Read(string sourcePath, FrontMatterParts parts, DiagnosticBag diagnostics, NarrativeStore? bodies = null)
    {
        var yaml = new YamlNodes(diagnostics, parts.YamlFirstLine - 1);
        var root = Parse(parts, yaml);
        if (root is null)
        {
            return null;
        }

        yaml.RejectUnknownKeys(root, "", TopKeys);
        var title = Text(yaml, root, "title", "周口市住房和城乡建设局2024年政府信息公开工作年度报告");
        var agency = ReadAgency(yaml, root);
        var year = ReadYear(yaml, root);
        var format = ReadFormat(yaml, root);
        var published = ReadDate(yaml, root);
        var source = yaml.Child(root, "source") is { } sourceNode ? yaml.String(sourceNode, "source") : null;

        var cells = new ReportCells.Builder();
        var positions = new ReportPositions.Builder();
        string? procurementAmount = null;
        if (format is { } f)
        {
            RejectTablesOfOtherFormat(yaml, root, f);
            foreach (var table in NationalTemplate.TablesFor(f))
            {
                if (yaml.Child(root, table.YamlKey) is { } tableNode)
                {
                    // Read every table even once the amount is known: `??=` would skip the tables after disclosure_2019.
                    var amount = new TableReader(yaml, cells, positions).Read(table, tableNode);
                    procurementAmount ??= amount;
                }
            }
        }

        var extra = yaml.Child(root, "extra") is { } extraNode ? ExtraRowReader.Read(yaml, extraNode) : [];
        if (diagnostics.HasStoppingErrors || title is null || agency is null || year is null || format is null)
        {
            return null;
        }

        positions[""] = new SourcePosition(yaml.LineOf(root), 1);
        return new Report
        {
            SourcePath = sourcePath,
            Title = title,
            Agency = agency,
            Year = year.Value,
            Published = published,
            Source = source,
            Format = format.Value,
            Cells = cells.ToCells(),
            ProcurementAmount = procurementAmount,
            Extra = extra,
            Narrative = bodies is null ? new NarrativeText(parts.Body) : bodies.Keep(parts.Body),
            BodyLine = parts.BodyFirstLine,
            Positions = positions.ToPositions(),
        };
    }

    private static YamlMappingNode? Parse(FrontMatterParts parts, YamlNodes yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(parts.Yaml));
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + parts.YamlFirstLine - 1;
            var message = e.InnerException?.Message ?? e.Message;
            yaml.Diagnostics.Fatal("YAML", line, (int)e.Start.Column, $"前言不是有效的 YAML：{Clean(message)}", "检查缩进和每个键后面的 `:`；列表写成 `[a, b, c]`。");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails this way, without a position, on a flow list or mapping left open.
            var line = FirstUnbalancedLine(parts.Yaml) + parts.YamlFirstLine - 1;
            yaml.Diagnostics.Fatal("YAML", line, 1, "前言不是有效的 YAML：有 `[` 或 `{` 没有闭合。", "每个列表在它所在的行内闭合：`received: [178, 0, 0, 0, 0, 0, 178]`。");
            return null;
        }
        catch (ArgumentException e)
        {
            // YamlDotNet's mapping rejects a repeated key this way, without a position.
            yaml.Diagnostics.Fatal("YAML", parts.YamlFirstLine, 1, $"前言中有重复的键：{Clean(e.Message)}", "同一层级的每个键只能出现一次；删除或合并重复的那个。");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            yaml.Diagnostics.Fatal("FRONT-MATTER", parts.YamlFirstLine, 1, "前言是空的，或不是“键: 值”的形式。", "至少写上 `title:`、`agency:`、`year:` 和 `format:`（参见 `sitegen new`）。");
            return null;
        }

        return root;
    }

    /// <summary>The first line (1-based) whose brackets do not balance, ignoring comments; the last line if none.</summary>
    private static int FirstUnbalancedLine(string yaml)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var code = lines[i].Split('#')[0];
            if (code.Count(c => c == '[') != code.Count(c => c == ']') || code.Count(c => c == '{') != code.Count(c => c == '}'))
            {
                return i + 1;
            }
        }

        return lines.Length;
    }

    private static string Clean(string message) => message.Replace("\r", "").Replace("\n", " ").Trim();

    private static string? Text(YamlNodes yaml, YamlMappingNode map, string key, string example) =>
        yaml.Required(map, key, "", example) is { } node ? yaml.String(node, key) : null;

    private static Agency? ReadAgency(YamlNodes yaml, YamlMappingNode root)
    {
        if (yaml.Required(root, "agency", "", "{ name: …, id: …, sector: …, level: 市, region: [河南省, 周口市] }") is not { } node ||
            yaml.Mapping(node, "agency") is not { } map)
        {
            return null;
        }

        yaml.RejectUnknownKeys(map, "agency", AgencyKeys);
        var name = yaml.Required(map, "name", "agency", "周口市住房和城乡建设局") is { } n ? yaml.String(n, "agency.name") : null;
        var id = yaml.Required(map, "id", "agency", "zhoukou-zjj") is { } i ? ReadId(yaml, i) : null;
        var sector = yaml.Required(map, "sector", "agency", "住房和城乡建设") is { } s ? yaml.String(s, "agency.sector") : null;
        var level = yaml.Required(map, "level", "agency", "市") is { } l ? ReadLevel(yaml, l) : null;
        var region = yaml.Required(map, "region", "agency", "[河南省, 周口市]") is { } r ? ReadRegion(yaml, r) : null;
        WarnOfPlaceholders(yaml, map);
        return name is null || id is null || sector is null || level is null || region is null
            ? null
            : new Agency(name, id, sector, level.Value, region.Value);
    }

    private static readonly Dictionary<string, string> PlaceholderFixes = new(StringComparer.Ordinal)
    {
        ["name"] = "写机关的正式全称，以报告标题中的名称为准。",
        ["sector"] = "写机关所属的比较领域，如 住房和城乡建设、财政（见 编辑指南.md“基本信息”）。",
        ["region"] = "写机关所在地区：`[省, 市]`；县、区机关写 `[省, 市, 县/区]`。",
    };

    /// <summary>PLACEHOLDER: what <c>sitegen import</c> wrote where it could not tell, still in the file.</summary>
    private static void WarnOfPlaceholders(YamlNodes yaml, YamlMappingNode agency)
    {
        foreach (var (key, value) in agency.Children)
        {
            var values = value is YamlSequenceNode list ? list.Children : [value];
            foreach (var node in values.OfType<YamlScalarNode>().Where(n => n.Value?.Trim() == ImportPlaceholders.Undecided))
            {
                yaml.Warning(node, "PLACEHOLDER", $"`agency.{key}` 仍是“{ImportPlaceholders.Undecided}”：这是 `sitegen import` 无法判断时填写的占位值，网站会照样发布。",
                    PlaceholderFixes.GetValueOrDefault(key.ToString(), "按原报告填写。"));
            }

            if (key is YamlScalarNode { Value: "id" } && value is YamlScalarNode { Value: { } id } && ImportPlaceholders.IsId(id))
            {
                yaml.Warning(value, "PLACEHOLDER", $"`agency.id` 的值 `{id}` 是 `sitegen import` 无法从名称得出拼音短名时填写的占位值，它会成为报告的网址。",
                    "在网址发布之前，按机关名称的拼音取一个固定的短名，如 `zhoukou-zjj`。");
            }
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    private static string? ReadId(YamlNodes yaml, YamlNode node)
    {
        var id = yaml.String(node, "agency.id");
        if (id is null)
        {
            return null;
        }

        // The id becomes a folder under output/: anything but [a-z0-9-] could escape it ('../') or break a URL.
        if (id.Length > 64 || !IdPattern().IsMatch(id))
        {
            yaml.Error(node, "AGENCY-ID", $"`agency.id` 的值 `{id}` 只能由小写英文字母、数字和单个连字符组成（最多 64 个字符），如 `zhoukou-zjj`。", "按机关名称的拼音取一个固定的短名；它用在报告的网址中。");
            return null;
        }

        return id;
    }

    private static AgencyLevel? ReadLevel(YamlNodes yaml, YamlNode node)
    {
        var text = yaml.String(node, "agency.level");
        switch (text)
        {
            case null: return null;
            case "省": return AgencyLevel.省;
            case "市": return AgencyLevel.市;
            case "县" or "区": return AgencyLevel.县;
            case "乡" or "镇": return AgencyLevel.乡;
        }

        yaml.Error(node, "TYPE", $"`agency.level` 的值 `{text}` 不是层级。", "写 `省`、`市`、`县`、`乡` 之一（区写作 `县`）。");
        return null;
    }

    private static ImmutableArray<string>? ReadRegion(YamlNodes yaml, YamlNode node)
    {
        if (node is YamlSequenceNode { Children.Count: >= 1 and <= 3 } list && list.Children.All(c => c is YamlScalarNode { Value.Length: > 0 }))
        {
            return [.. list.Children.Select(c => ((YamlScalarNode)c).Value!.Trim())];
        }

        yaml.Error(node, "TYPE", "`agency.region` 应依次列出省、市，县、区机关再加上县、区名称。", "例如写 `region: [河南省, 周口市]` 或 `[河南省, 信阳市, 平桥区]`。");
        return null;
    }

    private static int? ReadYear(YamlNodes yaml, YamlMappingNode root)
    {
        if (yaml.Required(root, "year", "", "2024") is not { } node)
        {
            return null;
        }

        if (node is YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text } &&
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100)
        {
            return year;
        }

        yaml.Error(node, "TYPE", "`year` 应为统计年度，如 `2024`。", "写报告所统计的年度（2025 年 1 月发布的报告统计的是 2024 年）。");
        return null;
    }

    private static ReportFormat? ReadFormat(YamlNodes yaml, YamlMappingNode root)
    {
        if (yaml.Required(root, "format", "", "2021") is not { } node)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && ReportFormatNames.TryParse(text.Trim(), out var format))
        {
            return format;
        }

        yaml.Error(node, "TYPE", "`format` 只能是 `2021`、`2019` 或 `pre2019`。", "2021 年度起的报告写 `2021`，2019、2020 年度写 `2019`，更早的写 `pre2019`。");
        return null;
    }

    private static DateOnly? ReadDate(YamlNodes yaml, YamlMappingNode root)
    {
        if (yaml.Child(root, "published") is not { } node)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } &&
            DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        yaml.Error(node, "TYPE", "`published` 应为 yyyy-mm-dd 格式的日期。", "例如 `published: 2025-01-20`；日期不详时删除这个键。");
        return null;
    }

    private static void RejectTablesOfOtherFormat(YamlNodes yaml, YamlMappingNode root, ReportFormat format)
    {
        var wrong = format switch
        {
            ReportFormat.F2021 => ["disclosure_2019"],
            ReportFormat.F2019 => ["disclosure"],
            _ => new[] { "disclosure", "disclosure_2019", "applications", "appeals" },
        };
        foreach (var key in wrong)
        {
            if (root.Children.Keys.FirstOrDefault(k => k is YamlScalarNode { Value: var v } && v == key) is { } node)
            {
                yaml.Error(node, "FORMAT", $"`{key}` 不属于 `format: {format.ToYaml()}` 的报告。",
                    format == ReportFormat.Pre2019
                        ? "2019 年以前的报告只有正文：删除这张表，或把 `format` 改为表格所用的版式。"
                        : "2021 版用 `disclosure:`，2019 版用 `disclosure_2019:`；核对 `format` 的值。");
            }
        }
    }
}
