using System.Text;

namespace SiteGen.Core.Output;

/// <summary>
/// Builds the site into a fresh folder beside the output folder and swaps it in whole, so a failed build leaves the
/// last good site untouched. A marker file identifies folders SiteGen made: it never replaces a folder it did not make.
/// </summary>
public sealed class StagingFolder : IDisposable
{
    public const string Marker = ".sitegen-output";

    private bool _committed;

    private StagingFolder(string target, string path)
    {
        Target = target;
        Path = path;
    }

    /// <summary>The output folder the site will replace.</summary>
    public string Target { get; }

    /// <summary>The temporary folder pages are written to.</summary>
    public string Path { get; }

    /// <summary>Null, with the reason, when <paramref name="target"/> holds files SiteGen did not write.</summary>
    public static StagingFolder? Create(string target, out string? refusal)
    {
        var full = System.IO.Path.GetFullPath(target).TrimEnd(System.IO.Path.DirectorySeparatorChar);
        refusal = null;
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any() && !File.Exists(System.IO.Path.Combine(full, Marker)))
        {
            refusal = $"the output folder {target} has files that SiteGen did not write (no {Marker} in it); refusing to replace it.";
            return null;
        }

        var parent = System.IO.Path.GetDirectoryName(full) ?? ".";
        Directory.CreateDirectory(parent);
        var staging = System.IO.Path.Combine(parent, $".{System.IO.Path.GetFileName(full)}.building-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        File.WriteAllText(System.IO.Path.Combine(staging, Marker), "Built by SiteGen. This folder is replaced whole by each build.\n", new UTF8Encoding(false));
        return new StagingFolder(full, staging);
    }

    /// <summary>Writes one file of the site below the staging folder.</summary>
    public void Write(string relativePath, ReadOnlySpan<byte> content)
    {
        var path = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16);
        stream.Write(content);
    }

    public void WriteText(string relativePath, string text) => Write(relativePath, Encoding.UTF8.GetBytes(text));

    /// <summary>Moves the finished site into place: two renames, then the old site is deleted.</summary>
    public void Commit()
    {
        string? old = null;
        if (Directory.Exists(Target))
        {
            old = Path + ".old";
            Directory.Move(Target, old);
        }

        Directory.Move(Path, Target);
        _committed = true;
        if (old is not null)
        {
            Directory.Delete(old, recursive: true);
        }
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }
}
