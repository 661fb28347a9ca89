namespace SiteGen.Core.Site;

/// <summary>One page to render: its route and how to build its model. Models are built when rendered, so a plan of
/// 10,000 pages holds no page in memory before its turn.</summary>
public sealed record PageJob(string Route, Func<Pages.Page> Build)
{
    /// <summary>What the page is made from (<see cref="Depends"/>); by default, everything.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [Depends.Everything];
}

/// <summary>One data file to write (a table as CSV, a report as JSON): its route and how to make its bytes.</summary>
public sealed record FileJob(string Route, Func<byte[]> Build)
{
    /// <summary>What the file is made from (<see cref="Depends"/>); by default, everything.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [Depends.Everything];

    /// <summary>
    /// The file's bytes in consecutive parts, for a file of tens of MB (a year's long table): written and digested
    /// part by part, it is never one array. Joined into one such array, each of the seven years' tables made two at
    /// a time and left for the collector: the build's resident peak at 10,000 reports. <see cref="Build"/> gives
    /// the same bytes joined.
    /// </summary>
    public Func<IReadOnlyList<byte[]>>? BuildParts { get; init; }

    /// <summary>A job whose bytes come in parts (<see cref="BuildParts"/>).</summary>
    public static FileJob InParts(string route, Func<IReadOnlyList<byte[]>> parts) =>
        new(route, () => Join(parts())) { BuildParts = parts };

    private static byte[] Join(IReadOnlyList<byte[]> parts)
    {
        var bytes = new byte[parts.Sum(p => (long)p.Length)];
        var at = 0;
        foreach (var part in parts)
        {
            part.CopyTo(bytes, at);
            at += part.Length;
        }

        return bytes;
    }
}

/// <summary>Every page and data file of the site, decided from the whole archive before anything is rendered.</summary>
public sealed record SitePlan(IReadOnlyList<PageJob> Pages)
{
    public IReadOnlyList<FileJob> Files { get; init; } = [];
}
