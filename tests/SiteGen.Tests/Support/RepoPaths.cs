namespace SiteGen.Tests.Support;

/// <summary>Where the repository's own folders are, found from the test binary upwards (the folder holding SiteGen.sln).</summary>
internal static class RepoPaths
{
    public static readonly string Root = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    public static string Seeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
