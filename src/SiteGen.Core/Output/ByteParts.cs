namespace SiteGen.Core.Output;

/// <summary>A file made in parts (<see cref="Site.FileJob.BuildParts"/>), joined into one array where a caller wants
/// it whole: the tests, and a data file's <see cref="Site.FileJob.Build"/>.</summary>
public static class ByteParts
{
    public static byte[] Join(IEnumerable<byte[]> parts)
    {
        using var joined = new MemoryStream();
        foreach (var part in parts)
        {
            joined.Write(part);
        }

        return joined.ToArray();
    }
}
