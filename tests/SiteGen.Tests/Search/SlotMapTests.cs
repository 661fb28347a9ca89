using FsCheck;
using FsCheck.Fluent;
using SiteGen.Core.Search.Index;

namespace SiteGen.Tests.Search;

/// <summary>
/// The analyzer's table of a document's term slots: per document, a key gets a new slot the first time and the same
/// slot after, as a dictionary cleared per document would give, through the table's growth (a report holds up to
/// thousands of distinct bigrams) and across documents (nothing is cleared, buckets are stamped).
/// </summary>
public sealed class SlotMapTests
{
    [Fact]
    public void Gives_each_key_of_a_document_one_slot_as_a_dictionary_would()
    {
        // Keys from a small range repeat within a document; a large count makes the table grow.
        var document =
            from count in Gen.Choose(0, 12_000)
            from range in Gen.Elements(50L, 5_000L, 1L << 40)
            from seed in Gen.Choose(0, int.MaxValue)
            select (count, range, seed);
        var property = Prop.ForAll(Gen.ListOf(document).ToArbitrary(), documents =>
        {
            var map = new SlotMap();
            foreach (var (count, range, seed) in documents)
            {
                map.Clear();
                var random = new Random(seed);
                var expected = new Dictionary<long, int>();
                var next = 0;
                for (var i = 0; i < count; i++)
                {
                    var key = 0x10000 + random.NextInt64(range);
                    var slot = map.SlotOf(key, _ => next++);
                    Assert.Equal(expected.TryAdd(key, slot) ? next - 1 : expected[key], slot);
                }

                Assert.Equal(expected.Count, next);
            }
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60).WithQuietOnSuccess(true), property);
    }
}
