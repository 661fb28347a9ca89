using System.Text;
using SiteGen.Core.Search.Lunr;

namespace SiteGen.Tests.Search;

/// <summary>LunrIndexWriter on its own, without Node: a small index byte for byte, and what it refuses.</summary>
public sealed class LunrIndexWriterTests
{
    [Fact]
    public void Small_index_is_written_byte_for_byte_as_lunr_serializes_it()
    {
        // The expected text is JSON.stringify of the index lunr.js 2.3.9 builds from these terms (empty pipelines).
        // It shows the rules: terms sorted ordinally ("2024" < "叶县" < "周口" ...), _index by first appearance,
        // every field in every posting, a vector for the empty title of b, pairs ascending by term number.
        var documents = new[]
        {
            new LunrDocument("a", ["行政", "政复", "复议"], ["周口"], ["复议", "复议", "2024"]),
            new LunrDocument("b", [], ["叶县"], ["申请", "复议"]),
        };

        Assert.Equal(
            """{"version":"2.3.9","fields":["title","agency","body"],"fieldVectors":[["title/a",[0,0.492,1,0.492,2,0.095]],["agency/a",[3,0.693]],["body/a",[2,0.174,4,0.641]],["title/b",[]],["agency/b",[5,0.693]],["body/b",[2,0.145,6,0.755]]],"invertedIndex":[["2024",{"_index":4,"title":{},"agency":{},"body":{"a":{}}}],["叶县",{"_index":5,"title":{},"agency":{"b":{}},"body":{}}],["周口",{"_index":3,"title":{},"agency":{"a":{}},"body":{}}],["复议",{"_index":2,"title":{"a":{}},"agency":{},"body":{"a":{},"b":{}}}],["政复",{"_index":1,"title":{"a":{}},"agency":{},"body":{}}],["申请",{"_index":6,"title":{},"agency":{},"body":{"b":{}}}],["行政",{"_index":0,"title":{"a":{}},"agency":{},"body":{}}]],"pipeline":[]}""",
            Write(documents));
    }

    [Fact]
    public void No_documents_give_an_empty_index_that_lunr_can_load()
    {
        Assert.Equal("""{"version":"2.3.9","fields":["title","agency","body"],"fieldVectors":[],"invertedIndex":[],"pipeline":[]}""", Write([]));
    }

    [Fact]
    public void A_second_document_with_the_same_ref_is_refused()
    {
        var builder = new LunrIndexBuilder();
        builder.Add(new LunrDocument("zhoukou-zjj/2024", ["复议"], [], []));
        var error = Assert.Throws<ArgumentException>(() => builder.Add(new LunrDocument("zhoukou-zjj/2024", [], ["周口"], [])));
        Assert.Contains("zhoukou-zjj/2024", error.Message);
    }

    private static string Write(IEnumerable<LunrDocument> documents)
    {
        using var stream = new MemoryStream();
        LunrIndexWriter.Write(stream, documents);
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
