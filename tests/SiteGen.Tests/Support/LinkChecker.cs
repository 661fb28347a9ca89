using AngleSharp.Html.Parser;

namespace SiteGen.Tests.Support;

/// <summary>
/// Checks every link and asset reference of every HTML page of a built site: each must reach a file of the site
/// (and, with a #fragment, an element with that id). It resolves hrefs as a browser would, from the page's own URL,
/// so the same check proves both link styles: base-path links and relative file links.
/// </summary>
internal static class LinkChecker
{
    /// <summary>Broken references as "page → href (why)"; empty when every one resolves.</summary>
    public static List<string> Check(string outputDir, string basePath)
    {
        var parser = new HtmlParser();
        var problems = new List<string>();
        var site = new Uri("http://site.test" + basePath);
        var idCache = new Dictionary<string, HashSet<string>>();
        foreach (var file in Directory.EnumerateFiles(outputDir, "*.html", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(outputDir, file).Replace('\\', '/');
            var pageUrl = new Uri(site, relative);
            var document = parser.ParseDocument(File.ReadAllText(file));
            var references = document.QuerySelectorAll("a[href], link[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("[src]").Select(e => e.GetAttribute("src")!));
            foreach (var href in references)
            {
                if (href.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var target = new Uri(pageUrl, href);
                if (target.Host != site.Host)
                {
                    continue; // an external link a reader follows (a report's original), not a request the page makes
                }

                if (!target.AbsolutePath.StartsWith(site.AbsolutePath, StringComparison.Ordinal))
                {
                    problems.Add($"{relative} → {href} (outside the base path {basePath})");
                    continue;
                }

                var path = Uri.UnescapeDataString(target.AbsolutePath[site.AbsolutePath.Length..]);
                var targetFile = Path.Combine(outputDir, path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
                if (!File.Exists(targetFile))
                {
                    problems.Add($"{relative} → {href} (no file {Path.GetRelativePath(outputDir, targetFile)})");
                    continue;
                }

                var fragment = Uri.UnescapeDataString(target.Fragment.TrimStart('#'));
                if (fragment.Length > 0 && targetFile.EndsWith(".html", StringComparison.Ordinal))
                {
                    if (!idCache.TryGetValue(targetFile, out var ids))
                    {
                        ids = [.. parser.ParseDocument(File.ReadAllText(targetFile)).QuerySelectorAll("[id]").Select(e => e.Id!)];
                        idCache[targetFile] = ids;
                    }

                    if (!ids.Contains(fragment))
                    {
                        problems.Add($"{relative} → {href} (no element with id '{fragment}')");
                    }
                }
            }
        }

        return problems;
    }

    /// <summary>References to other hosts that a page would load by itself (scripts, styles, images, fonts).</summary>
    public static List<string> ThirdPartyRequests(string outputDir)
    {
        var parser = new HtmlParser();
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(outputDir, "*.html", SearchOption.AllDirectories))
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            var loads = document.QuerySelectorAll("script[src], img[src], iframe[src], link[href]:not([rel=alternate])")
                .Select(e => e.GetAttribute("src") ?? e.GetAttribute("href")!);
            found.AddRange(loads.Where(u => u.StartsWith("//", StringComparison.Ordinal) || u.Contains("://", StringComparison.Ordinal)).Select(u => $"{file}: {u}"));
        }

        return found;
    }
}
