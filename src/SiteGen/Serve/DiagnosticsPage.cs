using System.Net;
using System.Text;
using SiteGen.Core;

namespace SiteGen.Cli.Serve;

/// <summary>The page every address shows while the last build is stopped: each diagnostic with its file, line and fix.</summary>
internal static class DiagnosticsPage
{
    public static string Render(BuildResult stopped, string reloadScript)
    {
        var html = new StringBuilder();
        html.Append("""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'">
            <title>报告文件有错误，预览未更新 - SiteGen</title>
            <link rel="stylesheet" href="/assets/site.css">
            """);
        html.Append($"<script src=\"{WebUtility.HtmlEncode(reloadScript)}\" defer></script>\n</head>\n<body>\n<main id=\"main\" class=\"wrap\">\n");
        html.Append("<h1>报告文件有错误，预览未更新</h1>\n<p>改正下列问题并保存文件，本页会自动刷新。</p>\n<ol id=\"diagnostics\" class=\"diagnostics\">\n");
        foreach (var diagnostic in stopped.Diagnostics.Where(d => d.IsError))
        {
            html.Append("<li><code>").Append(WebUtility.HtmlEncode(diagnostic.ToString())).Append("</code></li>\n");
        }

        if (stopped.Failure is not null)
        {
            html.Append("<li><code>").Append(WebUtility.HtmlEncode(stopped.Failure)).Append("</code></li>\n");
        }

        html.Append("</ol>\n</main>\n</body>\n</html>\n");
        return html.ToString();
    }
}
