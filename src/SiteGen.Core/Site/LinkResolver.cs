namespace SiteGen.Core.Site;

/// <summary>How links are written: from a base path, or as relative file links for hosts without index mapping.</summary>
public enum LinkStyle
{
    /// <summary>"/base/reports/x/2024/": for web servers that serve a folder's index.html.</summary>
    Directory,

    /// <summary>"../../x/2024/index.html": for object storage that does not map folders and for the folder opened on disk.</summary>
    File,
}

/// <summary>Writes a route as the href one page uses to reach another, in the site's link style.</summary>
public sealed class LinkResolver(string basePath, LinkStyle style)
{
    public string BasePath { get; } = NormalizeBase(basePath);

    public LinkStyle Style { get; } = style;

    public string Href(string from, string to, string? fragment = null)
    {
        var href = Style == LinkStyle.Directory ? BasePath + to : Relative(from, Routes.FileOf(to));
        return fragment is null ? href : $"{href}#{fragment}";
    }

    /// <summary>"/", "/sub/path/": always a leading and a trailing slash.</summary>
    public static string NormalizeBase(string basePath)
    {
        var trimmed = basePath.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }

    private static string Relative(string from, string toFile)
    {
        var fromDir = Routes.FileOf(from);
        var depth = fromDir.Count(c => c == '/');
        var up = string.Concat(Enumerable.Repeat("../", depth));
        return up + toFile;
    }
}
