namespace SiteGen.Bench.Generator.Writing;

/// <summary>
/// The archive folder. It is emptied before a run, but only when it is empty already or carries the marker file an
/// earlier run wrote: the generator must never delete a folder of someone's own reports.
/// </summary>
public static class OutputFolder
{
    /// <summary>The marker's name; a dot file, which the content loader skips.</summary>
    public const string MarkerName = ".bench-archive";

    /// <summary>Creates <paramref name="dir"/> or empties it; throws <see cref="IOException"/> when it is not ours to empty.</summary>
    public static void Prepare(string dir, string markerText)
    {
        if (File.Exists(dir))
        {
            throw new IOException($"{dir} is a file; give a folder for the archive.");
        }

        var folder = new DirectoryInfo(dir);
        if (folder.Exists && folder.EnumerateFileSystemInfos().Any())
        {
            if (!File.Exists(Path.Combine(dir, MarkerName)))
            {
                throw new IOException(
                    $"{dir} is not empty and was not written by the generator (it has no {MarkerName} file); refusing to empty it. Give a new or empty folder.");
            }

            // The marker goes last, so an interrupted run leaves a folder the next run may still empty.
            foreach (var entry in folder.EnumerateFileSystemInfos().Where(e => e.Name != MarkerName).ToList())
            {
                // A link is removed as a link: Directory.Delete does not follow it into the folder it points to.
                if (entry is DirectoryInfo sub && !sub.Attributes.HasFlag(FileAttributes.ReparsePoint))
                {
                    sub.Delete(recursive: true);
                }
                else
                {
                    entry.Delete();
                }
            }
        }

        folder.Create();
        File.WriteAllText(Path.Combine(dir, MarkerName), markerText);
    }
}
