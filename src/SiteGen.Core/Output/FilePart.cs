namespace SiteGen.Core.Output;

/// <summary>
/// One part of a file written in parts, with what it is made from (<see cref="Source"/>: a report), so that under
/// <c>sitegen serve</c> a part the last build wrote from the very same object is copied from the file already in the
/// output instead of made again (<see cref="OutputFolder.Write(string, Func{IEnumerable{FilePart}}, bool)"/>). A part
/// must be a function of its source alone; a null source (a header) is always made.
/// </summary>
public readonly record struct FilePart(object? Source, Func<byte[]> Make);

/// <summary>
/// Where each sourced part of a file stands in it, as the last build wrote it: kept by the session between builds
/// under serve (<see cref="BuiltFiles.Layouts"/>). The file's length and time tell whether the file on disk is still
/// the one described.
/// </summary>
public sealed class PartLayout
{
    private readonly Dictionary<object, (long Offset, int Length)> _parts = new(ReferenceEqualityComparer.Instance);

    public PartLayout(long length, DateTime writtenUtc)
    {
        Length = length;
        WrittenUtc = writtenUtc;
    }

    public long Length { get; }

    public DateTime WrittenUtc { get; }

    public void Add(object source, long offset, int length) => _parts[source] = (offset, length);

    public bool TryGet(object source, out (long Offset, int Length) place) => _parts.TryGetValue(source, out place);

    /// <summary>The same parts, for a file of the same bytes written at another time.</summary>
    public PartLayout At(long length, DateTime writtenUtc)
    {
        var copy = new PartLayout(length, writtenUtc);
        foreach (var (source, place) in _parts)
        {
            copy._parts[source] = place;
        }

        return copy;
    }

    /// <summary>Whether the file at <paramref name="path"/> is still the one this layout describes.</summary>
    public bool Describes(string path)
    {
        var file = new FileInfo(path);
        return file.Exists && file.Length == Length && file.LastWriteTimeUtc == WrittenUtc;
    }
}
