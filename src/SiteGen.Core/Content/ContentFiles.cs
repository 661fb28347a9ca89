namespace SiteGen.Core.Content;

/// <summary>Finds the report files under the content folder: every *.md, in a stable (ordinal) order.</summary>
public static class ContentFiles
{
    public static IReadOnlyList<string> Find(string contentDir)
    {
        // Folder links are not followed: a link that loops back would otherwise recurse without end.
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden,
            IgnoreInaccessible = true,
            MatchCasing = MatchCasing.CaseInsensitive,
        };
        var files = Directory.EnumerateFiles(contentDir, "*.md", options).ToList();
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>The path shown in diagnostics: relative to the working folder when inside it, with '/'.</summary>
    public static string DisplayPath(string file)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), file);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? file : relative).Replace('\\', '/');
    }
}
