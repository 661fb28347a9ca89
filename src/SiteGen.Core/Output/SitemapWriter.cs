using System.Text;
using System.Xml;
using SiteGen.Core.Site;

namespace SiteGen.Core.Output;

/// <summary>sitemap.xml (sitemaps.org 0.9): every HTML page of the plan, by absolute URL, in plan order.</summary>
public static class SitemapWriter
{
    public static byte[] Write(IEnumerable<string> routes, SiteInfo site)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var route in routes.Where(r => r != Routes.NotFound).Order(StringComparer.Ordinal))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", site.AbsoluteUrl(route));
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }
}
