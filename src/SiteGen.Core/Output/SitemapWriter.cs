using System.Text;
using System.Xml;
using SiteGen.Core.Site;

namespace SiteGen.Core.Output;

/// <summary>
/// sitemap.xml (sitemaps.org 0.9): every HTML page of the plan, by absolute URL, in address order. The protocol
/// allows 50,000 addresses a file; a larger site (12,000 reports make more) gets sitemap-1.xml, sitemap-2.xml … and
/// sitemap.xml becomes the index that lists them, so robots.txt names one file either way.
/// </summary>
public static class SitemapWriter
{
    public const string Route = "sitemap.xml";

    /// <summary>The protocol's limit of addresses in one sitemap file.</summary>
    public const int MaxUrls = 50_000;

    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The sitemap files, sitemap.xml first.</summary>
    public static IEnumerable<(string Route, byte[] Content)> Write(IEnumerable<string> routes, SiteInfo site, int maxUrls = MaxUrls)
    {
        var urls = routes.Where(r => r != Routes.NotFound).Order(StringComparer.Ordinal).Select(site.AbsoluteUrl).ToList();
        if (urls.Count <= maxUrls)
        {
            yield return (Route, Xml("urlset", "url", urls));
            yield break;
        }

        var parts = urls.Chunk(maxUrls).ToList();
        var names = Enumerable.Range(1, parts.Count).Select(i => $"sitemap-{i}.xml").ToList();
        yield return (Route, Xml("sitemapindex", "sitemap", names.Select(site.AbsoluteUrl)));
        for (var i = 0; i < parts.Count; i++)
        {
            yield return (names[i], Xml("urlset", "url", parts[i]));
        }
    }

    private static byte[] Xml(string root, string entry, IEnumerable<string> locations)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(root, Namespace);
            foreach (var location in locations)
            {
                xml.WriteStartElement(entry);
                xml.WriteElementString("loc", location);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }
}
