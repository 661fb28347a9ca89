using System.Text;
using SiteGen.Core.Diagnostics;

namespace SiteGen.Tests.Import;

/// <summary>Encodings detected (never guessed silently), inputs that cannot be read at all, metadata and the written file.</summary>
public sealed class InputTests
{
    private static readonly string Text = SampleTables.Report2021().Text(Shape.Tabs);

    public static TheoryData<string> Encodings() => ["utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "utf-16le", "gb18030"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Every_encoding_gives_the_same_numbers(string encoding)
    {
        byte[] bytes = encoding switch
        {
            "utf-8-bom" => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text)],
            "utf-16le-bom" => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Text)],
            "utf-16be-bom" => [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Text)],
            "utf-16le" => Encoding.Unicode.GetBytes(Text),
            "gb18030" => CodePagesEncodingProvider.Instance.GetEncoding("GB18030")!.GetBytes(Text),
            _ => Encoding.UTF8.GetBytes(Text),
        };
        var imported = Imported.From(bytes);

        Assert.Equal([10, 1, 0, 0, 0, 0, 11], imported.Row("applications.received"));
        Assert.Equal("周口市住房和城乡建设局", imported.Report!.Agency.Name);
        Assert.Equal(encoding is "gb18030" or "utf-16le", imported.Has("IMPORT-ENCODING", Severity.Warning));
        Assert.Equal(0, imported.ExitCode);
    }

    public static TheoryData<string, byte[]> Unreadable() => new()
    {
        { "empty", [] },
        { "pdf", "%PDF-1.7\n%âãÏÓ\n"u8.ToArray() },
        { "doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] },
        { "broken docx", [.. "PK\u0003\u0004"u8, .. Enumerable.Repeat((byte)7, 64)] },
        { "binary", [0x41, 0x00, 0x00, 0x00, 0x42, 0x43, 0x00, 0x44, 0x00, 0x00, 0x45] },
        { "no known encoding", [0xFF, 0xFF, 0xFE, 0x80, 0x80, 0xFF] },
    };

    [Theory]
    [MemberData(nameof(Unreadable))]
    public void A_file_that_cannot_be_read_exits_2_with_a_reason(string what, byte[] bytes)
    {
        var imported = Imported.From(bytes, what + ".txt");

        Assert.True(imported.Result.Unreadable);
        Assert.Equal(2, imported.ExitCode);
        Assert.NotEmpty(imported.Diagnostics);
        Assert.All(imported.Diagnostics, d => Assert.False(string.IsNullOrEmpty(d.Fix)));
    }

    [Fact]
    public void An_agency_with_no_derivable_id_gets_a_stable_placeholder_and_a_warning()
    {
        var fixture = SampleTables.Report2021(title: "某某县档案馆2024年政府信息公开工作年度报告");
        var first = Imported.From(fixture, Shape.Tabs);
        var second = Imported.From(fixture, Shape.Html);

        Assert.Matches("^agency-[0-9a-f]{8}$", first.Report!.Agency.Id);
        Assert.Equal(first.Report.Agency.Id, second.Report!.Agency.Id);
        Assert.True(first.Has("IMPORT-AGENCY-ID", Severity.Warning));
        Assert.Equal("某某县档案馆", first.Report.Agency.Name);
    }

    [Fact]
    public void The_front_matter_keeps_the_key_order_and_comments_each_row_with_its_label_and_line()
    {
        var imported = Imported.From(File.ReadAllBytes(Path.Combine(Support.RepoPaths.Seeds, "001_0aa8d14253b31198.txt")), "001.txt");
        var text = imported.Result.Text!;

        var keys = new[] { "title:", "agency:", "  name:", "  id:", "  sector:", "  level:", "  region:", "year:", "format:", "disclosure:", "applications:", "appeals:" };
        var positions = keys.Select(k => text.IndexOf("\n" + k, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("normative_documents: [3, 1, 15]", text);
        Assert.Matches(@"received: \[178, 0, 0, 0, 0, 0, 178\] +# 一、本年新收政府信息公开申请数量 · 原文第 49 行", text);
        Assert.Matches(@"state_secret: \[0, 0, 0, 0, 0, 0, 0\] +# 1\.属于国家秘密 · 原文第 53 行", text);
        Assert.Contains("withheld:", text);
    }

    [Fact]
    public void The_narrative_keeps_sections_sub_headings_and_paragraphs()
    {
        var imported = Imported.From(File.ReadAllBytes(Path.Combine(Support.RepoPaths.Seeds, "000_317af58eb0dec577.txt")), "000.txt");
        var body = imported.Report!.Body;

        Assert.Contains("## 一、总体情况", body);
        Assert.Contains("### （一）主动公开情况", body);
        Assert.Contains("## 三、收到和处理政府信息公开申请情况", body);
        Assert.Contains("截至 2024 年底，平桥区住建局本年度受理依申请公开件 2 件，引起行政复议 1 件。", body);
        Assert.DoesNotContain("平桥住建局 2024 年政府信息公开工作年度报告", body);
    }
}
