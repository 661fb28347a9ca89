using System.Globalization;
using System.Text;
using System.Xml;
using SiteGen.Core.Reports;
using SiteGen.Core.Site;

namespace SiteGen.Core.Output;

/// <summary>
/// feed.xml, an Atom feed (RFC 4287) of the newest reports. Dates come from the reports (published, else the end of
/// January after the statistical year, the 条例 art. 49 deadline), never from the clock, so builds stay byte-identical.
/// </summary>
public static class AtomFeedWriter
{
    public const string Route = "feed.xml";

    private const int MaxEntries = 50;

    public static byte[] Write(IReadOnlyList<Report> reports, SiteInfo site)
    {
        var entries = reports
            .Select(r => (Report: r, Date: r.Published ?? new DateOnly(r.Year + 1, 1, 31)))
            .OrderByDescending(e => e.Date).ThenBy(e => e.Report.Key, StringComparer.Ordinal)
            .Take(MaxEntries).ToList();
        static string Stamp(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            const string ns = "http://www.w3.org/2005/Atom";
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", ns);
            xml.WriteAttributeString("xml", "lang", null, "zh-CN");
            xml.WriteElementString("title", ns, site.Title);
            xml.WriteElementString("id", ns, site.AbsoluteUrl(Route));
            xml.WriteElementString("updated", ns, entries.Count > 0 ? Stamp(entries[0].Date) : "2000-01-01T00:00:00Z");
            WriteLink(xml, "self", site.AbsoluteUrl(Route));
            WriteLink(xml, "alternate", site.AbsoluteUrl(Routes.Home));
            xml.WriteStartElement("author", ns);
            xml.WriteElementString("name", ns, site.Title);
            xml.WriteEndElement();
            foreach (var (report, date) in entries)
            {
                var url = site.AbsoluteUrl(Routes.Report(report.Agency.Id, report.Year));
                xml.WriteStartElement("entry", ns);
                xml.WriteElementString("title", ns, report.Title);
                xml.WriteElementString("id", ns, url);
                xml.WriteElementString("updated", ns, Stamp(date));
                WriteLink(xml, "alternate", url);
                xml.WriteElementString("summary", ns, $"{report.Agency.Name}（{string.Join(" ", report.Agency.Region)}）{report.Year}年政府信息公开工作年度报告。");
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void WriteLink(XmlWriter xml, string rel, string href)
    {
        xml.WriteStartElement("link", "http://www.w3.org/2005/Atom");
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
