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
    /// The file's bytes in consecutive parts, made as they are enumerated, for a file of tens of MB (a year's long
    /// table): written and digested part by part, it is never whole in memory (<see cref="Output.OutputFolder"/>).
    /// Joined into one array, each of the seven years' tables made two at a time was the build's resident peak at
    /// 10,000 reports; made whole as a list of parts, still 160 MB. <see cref="Build"/> gives the same bytes joined.
    /// </summary>
    public Func<IEnumerable<byte[]>>? BuildParts { get; init; }

    /// <summary>
    /// The parts of <see cref="BuildParts"/> with what each is made from, where a part is a function of one report: a
    /// part the output's file already holds is copied from it under serve, not made again (<see cref="Output.FilePart"/>).
    /// </summary>
    public Func<IEnumerable<Output.FilePart>>? SourcedParts { get; init; }

    /// <summary>A job whose bytes come in parts made from sources (<see cref="SourcedParts"/>).</summary>
    public static FileJob InSourcedParts(string route, Func<IEnumerable<Output.FilePart>> parts) =>
        InParts(route, () => parts().Select(p => p.Make())) with { SourcedParts = parts };

    /// <summary>A job whose bytes come in parts (<see cref="BuildParts"/>).</summary>
    public static FileJob InParts(string route, Func<IEnumerable<byte[]>> parts) =>
        new(route, () => Output.ByteParts.Join(parts())) { BuildParts = parts };
}

/// <summary>Every page and data file of the site, decided from the whole archive before anything is rendered.</summary>
public sealed record SitePlan(IReadOnlyList<PageJob> Pages)
{
    public IReadOnlyList<FileJob> Files { get; init; } = [];

    /// <summary>A digest of every route in plan order: two plans with the same one make the same set of files.</summary>
    /// <remarks>The routes are gathered into one buffer and digested a buffer at a time: for 82,000 routes (10,000
    /// reports) 8-10 ms of every edit under serve, where digesting them one by one took 16-21 ms.</remarks>
    public ulong RoutesDigest()
    {
        var hash = new Output.XxHash64();
        var buffer = new char[1 << 15];
        var filled = 0;
        foreach (var route in Pages.Select(p => p.Route).Concat(Files.Select(f => f.Route)))
        {
            if (filled + route.Length + 1 > buffer.Length)
            {
                hash.Add(System.Runtime.InteropServices.MemoryMarshal.AsBytes(buffer.AsSpan(0, filled)));
                filled = 0;
            }

            if (route.Length + 1 > buffer.Length)
            {
                hash.Add(System.Runtime.InteropServices.MemoryMarshal.AsBytes(route.AsSpan()));
                hash.Add([0, 0]);
                continue;
            }

            route.CopyTo(buffer.AsSpan(filled));
            buffer[filled + route.Length] = '\0'; // no route holds U+0000: it ends each
            filled += route.Length + 1;
        }

        hash.Add(System.Runtime.InteropServices.MemoryMarshal.AsBytes(buffer.AsSpan(0, filled)));
        return hash.Digest();
    }
}
