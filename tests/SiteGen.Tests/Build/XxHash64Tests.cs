using System.Text;
using FsCheck;
using FsCheck.Fluent;
using SiteGen.Core.Output;

namespace SiteGen.Tests.Build;

/// <summary>
/// The output's digest is XXH64 written out in SiteGen: it must be the published algorithm (the reference
/// implementation's vectors, seed 0, from under 4 bytes to several 32-byte stripes), and the same however a file's bytes
/// are split into parts as it is written.
/// </summary>
public sealed class XxHash64Tests
{
    [Theory]
    [InlineData("", 0xEF46DB3751D8E999UL)]
    [InlineData("a", 0xD24EC4F1A98C6E5BUL)]
    [InlineData("abc", 0x44BC2CF5AD770999UL)]
    [InlineData("message digest", 0x066ED728FCEEB3BEUL)]
    [InlineData("abcdefghijklmnopqrstuvwxyz", 0xCFE1F278FA89835CUL)]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 0xAAA46907D3047814UL)]
    [InlineData("12345678901234567890123456789012345678901234567890123456789012345678901234567890", 0xE04A477F19EE145DUL)]
    public void Gives_the_reference_digests(string text, ulong digest) =>
        Assert.Equal(digest, XxHash64.Of(Encoding.ASCII.GetBytes(text)));

    [Fact]
    public void Parts_give_the_digest_of_their_bytes_joined()
    {
        var gen =
            from parts in Gen.ListOf(Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)))
            select parts.ToArray();
        var property = Prop.ForAll(gen.ToArbitrary(), parts =>
        {
            var hash = new XxHash64();
            foreach (var part in parts)
            {
                hash.Add(part);
            }

            Assert.Equal(XxHash64.Of(parts.SelectMany(p => p).ToArray()), hash.Digest());
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true), property);
    }

    [Fact]
    public void A_manifest_from_before_xxh64_describes_no_file()
    {
        var marker = Path.GetTempFileName();
        try
        {
            File.WriteAllText(marker, "Built by SiteGen.\n0123456789abcdef0123456789abcdef\t12\tindex.html\n0123456789abcdef\t3\ta.csv\n");

            var files = OutputManifest.Read(marker);

            Assert.Equal(["a.csv"], files.Keys);
            Assert.Equal(new FileStamp(3, 0x0123456789ABCDEFUL), files["a.csv"]);
        }
        finally
        {
            File.Delete(marker);
        }
    }
}
