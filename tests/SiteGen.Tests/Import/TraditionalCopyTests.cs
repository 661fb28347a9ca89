using System.Text;

namespace SiteGen.Tests.Import;

/// <summary>
/// A copy in traditional characters (繁體, from a Hong Kong or Taiwan mirror, sometimes with pinyin glosses after each
/// character) names the same rows: labels are folded to simplified characters for matching, the narrative is kept
/// as written.
/// </summary>
public sealed class TraditionalCopyTests
{
    [Fact]
    public void Traditional_labels_name_their_rows_and_the_narrative_keeps_its_characters()
    {
        const string text = """
            某區審計局2021年政府資訊公開工作年度報告
            一、總體情況
            本局認真落實條例，主動公開政府資訊。
            二、主動公開政府資訊情況
            規章 | 0 | 0 | 0 |
            行政規範性文件 | 2 | 1 | 9 |
            行政許可 | 5 |
            行政處罰 | 3 |
            行政強制 | 0 |
            行政事業性收費 | 0 |
            三、收到和處理政府資訊公開申請情況
            一、本年新收政府資訊公開申請數量 | 4 | 1 | 0 | 0 | 0 | 0 | 5 |
            二、上年結轉政府資訊公開申請數量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
            （一）予以公開 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
            四、結轉下年度繼續辦理 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
            四、政府資訊公開行政複議、行政訴訟情況
            行政複議 | 1 | 0 | 0 | 0 | 1 |
            未經複議直接起訴 | 0 | 0 | 0 | 0 | 0 |
            複議後起訴 | 0 | 0 | 0 | 0 | 0 |
            五、存在的主要問題及改進情況
            無。
            """;
        var imported = Imported.From(Encoding.UTF8.GetBytes(text));

        Assert.Equal([2, 1, 9], imported.Row("disclosure.normative_documents"));
        Assert.Equal([3], imported.Row("disclosure.penalties"));
        Assert.Equal([4, 1, 0, 0, 0, 0, 5], imported.Row("applications.received"));
        Assert.Equal([3, 1, 0, 0, 0, 0, 4], imported.Row("applications.granted"));
        Assert.Equal([1, 0, 0, 0, 0, 0, 1], imported.Row("applications.carried_forward"));
        Assert.Equal([1, 0, 0, 0, 1], imported.Row("appeals.review"));
        Assert.Equal([0, 0, 0, 0, 0], imported.Row("appeals.litigation_after_review"));
        Assert.False(imported.Has("IMPORT-EXTRA"), imported.Dump);
        Assert.Contains("本局認真落實條例，主動公開政府資訊。", imported.Report!.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Pinyin_glosses_and_lost_characters_before_numbers_do_not_hide_a_row()
    {
        // In the style of a mirror site: a reading in brackets after some characters, '?' where a space was lost.
        const string text = """
            某區(qū)局2021年政府信息公開工作年度報告
            二、主動(dòng)公開政府信息情況
            信息內容 |
            本年制發(fā)件數(shù) |
            本年廢止件數(shù) |
            現(xiàn)行有效件數(shù) |
            規(guī)章 |
            0 |
            ? 0 |
            0 |
            行政規(guī)範性文件 |
            3 |
            ? 1 |
            8 |
            行政強(qiáng)制 |
            0 |
            """;
        var imported = Imported.From(Encoding.UTF8.GetBytes(text));

        Assert.Equal([0, 0, 0], imported.Row("disclosure.rules"));
        Assert.Equal([3, 1, 8], imported.Row("disclosure.normative_documents"));
        Assert.Equal([0], imported.Row("disclosure.coercive_measures"));
        var lost = imported.Diagnostics.Where(d => d.Code == "IMPORT-GARBLED").ToList();
        Assert.Equal([9, 13], lost.Select(d => d.Line));
        Assert.Contains("行政规范性文件 · 本年废止件数", lost[1].Message, StringComparison.Ordinal);
        Assert.False(imported.Has("IMPORT-EXTRA"), imported.Dump);
    }
}
