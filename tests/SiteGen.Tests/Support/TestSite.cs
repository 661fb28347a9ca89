using System.Text;
using SiteGen.Core;
using SiteGen.Themes.Default;

namespace SiteGen.Tests.Support;

/// <summary>
/// A whole small site written inline, as Hugo's integration tests do:
/// <c>-- content/a.md --</c> starts a file, the lines below are its text. Built into a temp folder that is deleted
/// on dispose, so tests read like the bug report they guard.
/// </summary>
internal sealed class TestSite : IDisposable
{
    private TestSite(string root) => Root = root;

    public string Root { get; }

    public string Content => Path.Combine(Root, "content");

    public string Output => Path.Combine(Root, "output");

    public BuildResult? Result { get; private set; }

    public static TestSite Create(string files)
    {
        var site = new TestSite(Directory.CreateTempSubdirectory("sitegen-test-").FullName);
        Directory.CreateDirectory(site.Content);
        site.AddFiles(files);
        return site;
    }

    /// <summary>A site whose content is a copy of the repository's real content/ folder.</summary>
    public static TestSite FromRepositoryContent()
    {
        var site = new TestSite(Directory.CreateTempSubdirectory("sitegen-test-").FullName);
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Content, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(site.Content, Path.GetRelativePath(RepoPaths.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return site;
    }

    public void AddFiles(string files)
    {
        string? name = null;
        var text = new StringBuilder();
        foreach (var line in (files.ReplaceLineEndings("\n") + "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal))
            {
                Flush();
                name = line[3..^3].Trim();
                continue;
            }

            text.Append(line).Append('\n');
        }

        Flush();

        void Flush()
        {
            if (name is not null)
            {
                WriteFile(name, text.ToString().TrimEnd('\n') + "\n");
            }

            text.Clear();
        }
    }

    public void WriteFile(string relative, string text) => WriteBytes(relative, new UTF8Encoding(false).GetBytes(text));

    public void WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public BuildResult Build(Func<BuildOptions, BuildOptions>? configure = null)
    {
        var options = new BuildOptions { ContentDir = Content, OutputDir = Output, Workers = 2 };
        Result = new SiteBuilder(new DefaultTheme()).Build(configure is null ? options : configure(options));
        return Result;
    }

    public string ReadOutput(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    public bool OutputExists(string relative) => File.Exists(Path.Combine(Output, relative));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; a test must not fail on cleanup.
        }
    }
}
