using System.CommandLine;
using SiteGen.Core;
using SiteGen.Core.Site;
using SiteGen.Themes.Default;

namespace SiteGen.Cli;

/// <summary><c>sitegen build</c>: the whole site from content/ into output/.</summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var content = new Option<string>("--content") { Description = "The folder of report files.", DefaultValueFactory = _ => "content" };
        var output = new Option<string>("--output") { Description = "The folder the site is written to (replaced whole).", DefaultValueFactory = _ => "output" };
        var basePath = new Option<string>("--base-path") { Description = "The path the site is served under, such as /reports/.", DefaultValueFactory = _ => "/" };
        var baseUrl = new Option<string>("--base-url") { Description = "Scheme and host for the sitemap and feed, such as https://www.example.gov.cn.", DefaultValueFactory = _ => "http://localhost" };
        var fileLinks = new Option<bool>("--file-links") { Description = "Write relative links ending in index.html: for object storage without folder index mapping, and for opening output/ from disk." };
        var contact = new Option<string?>("--contact") { Description = "The operator's e-mail or web address for reports of barriers and wrong numbers, shown on the accessibility statement." };
        var lunr = new Option<bool>("--lunr-export") { Description = "Also write search/lunr-index.json, the whole search index in lunr.js 2.3.9's shape (large: about 77 MB for 1,000 reports)." };
        var verbose = new Option<bool>("--verbose") { Description = "Print each step as it ends and the time it took." };
        var quiet = new Option<bool>("--quiet") { Description = "Print errors only: no progress, no warnings, no summary." };

        var command = new Command("build", "Build the site from the report files.") { content, output, basePath, baseUrl, fileLinks, contact, lunr, verbose, quiet };
        command.SetAction(result =>
        {
            var options = new BuildOptions
            {
                ContentDir = result.GetValue(content)!,
                OutputDir = result.GetValue(output)!,
                BasePath = result.GetValue(basePath)!,
                BaseUrl = result.GetValue(baseUrl)!,
                LinkStyle = result.GetValue(fileLinks) ? LinkStyle.File : LinkStyle.Directory,
                LunrExport = result.GetValue(lunr),
                Contact = result.GetValue(contact),
            };
            return Run(options, result.GetValue(verbose), result.GetValue(quiet));
        });
        return command;
    }

    private static int Run(BuildOptions options, bool verbose, bool quiet)
    {
        var result = BuildProgressDisplay.Run(progress => new SiteBuilder(new DefaultTheme()).Build(options, progress), quiet, verbose);
        DiagnosticPrinter.Print(quiet ? result.Diagnostics.Where(d => d.IsError) : result.Diagnostics, Console.Error);
        if (result.Failure is not null)
        {
            Console.Error.WriteLine($"error: {result.Failure}");
        }

        if (verbose)
        {
            foreach (var timing in result.Timings)
            {
                Console.Error.WriteLine($"  {timing.Step,-10} {timing.Elapsed.TotalMilliseconds,8:0} ms");
            }
        }

        if (!result.Written)
        {
            Console.Error.WriteLine($"Build stopped: {DiagnosticPrinter.Summary(result.Diagnostics)}. {options.OutputDir}/ was not changed.");
            return 1;
        }

        if (!quiet)
        {
            var c = result.Changes;
            Console.WriteLine($"Built {result.Pages} pages from {result.Reports} reports into {options.OutputDir}/: {c.Written} files written, {c.Unchanged} unchanged, {c.Removed} removed ({DiagnosticPrinter.Summary(result.Diagnostics)}; identity errors are published as notices).");
        }

        return 0;
    }
}
