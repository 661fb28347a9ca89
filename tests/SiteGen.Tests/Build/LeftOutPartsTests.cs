using SiteGen.Core;
using SiteGen.Tests.Support;
using SiteGen.Themes.Default;

namespace SiteGen.Tests.Build;

/// <summary>
/// bench/Parts measures what each part of the site costs by building without it (issue 8): the options it uses must
/// leave out exactly that part, or its table would credit one part with another's time.
/// </summary>
public sealed class LeftOutPartsTests
{
    [Fact]
    public void A_build_without_a_part_writes_the_rest_and_nothing_of_that_part()
    {
        using var site = TestSite.FromRepositoryContent();
        var whole = Files(new BuildOptions { ContentDir = site.Content, OutputDir = Path.Combine(site.Root, "whole") });
        var part = Files(new BuildOptions
        {
            ContentDir = site.Content,
            OutputDir = Path.Combine(site.Root, "part"),
            Include = route => !route.Contains("/large/", StringComparison.Ordinal),
            WithSearchIndex = false,
        });

        static bool Index(string file) => file.StartsWith("search/", StringComparison.Ordinal) && file != "search/index.html";
        Assert.Contains(whole, f => f.Contains("/large/", StringComparison.Ordinal));
        Assert.Contains(whole, Index);
        Assert.Equal(whole.Where(f => !f.Contains("/large/", StringComparison.Ordinal) && !Index(f)), part);
    }

    private static List<string> Files(BuildOptions options)
    {
        Assert.True(new SiteBuilder(new DefaultTheme()).Build(options).Written);
        return [.. Directory.EnumerateFiles(options.OutputDir, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(options.OutputDir, f).Replace('\\', '/'))
            .Where(f => f != ".sitegen-output")
            .Order(StringComparer.Ordinal)];
    }
}
