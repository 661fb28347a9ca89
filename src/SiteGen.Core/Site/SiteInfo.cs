namespace SiteGen.Core.Site;

/// <summary>Site-wide settings every page can show: the site's name and its absolute address for the feed and sitemap.</summary>
public sealed record SiteInfo(string Title, string BaseUrl, LinkResolver Links)
{
    /// <summary>Where readers report a barrier or a wrong number: an e-mail address or a web address; null if not set.</summary>
    public string? Contact { get; init; }

    /// <summary>The contact as a link target: "mailto:" before an e-mail address.</summary>
    public string? ContactHref => Contact is null ? null : Contact.Contains('@') && !Contact.Contains("://") ? "mailto:" + Contact : Contact;

    /// <summary>The address of the preview server's reload script (<c>sitegen serve</c> only); null in a real build.</summary>
    public string? LiveReloadScript { get; init; }

    public const string DefaultTitle = "政府信息公开工作年度报告库";

    /// <summary>The absolute URL of a route (sitemap, feed, canonical link), always in folder form.</summary>
    public string AbsoluteUrl(string route) => BaseUrl.TrimEnd('/') + Links.BasePath + route;
}
