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

    /// <summary>What a page puts before a route to reach it: the base path, or "../" once per folder level.</summary>
    public string RootPrefix(string from) =>
        Style == LinkStyle.Directory ? BasePath : string.Concat(Enumerable.Repeat("../", Routes.FileOf(from).Count(c => c == '/')));

    /// <summary>What a page puts after a folder route: nothing for web servers, index.html for file links.</summary>
    public string FolderSuffix => Style == LinkStyle.Directory ? "" : "index.html";

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
