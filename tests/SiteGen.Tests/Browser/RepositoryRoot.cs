namespace SiteGen.Tests.Browser;

/// <summary>
/// The repository the tests run from. Walking up from the test binaries (rather than using the working directory)
/// finds it whether the tests are started by `dotnet test`, an IDE or a CI runner.
/// </summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Found = new(Find);

    public static string Path => Found.Value;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "SiteGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds SiteGen.sln; the tests must run inside the repository.");
    }
}
