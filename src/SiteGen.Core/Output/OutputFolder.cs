using System.Collections.Concurrent;
using System.Text;

namespace SiteGen.Core.Output;

/// <summary>How many files a build wrote, left alone because their bytes were the same, and removed.</summary>
public readonly record struct OutputChanges(int Written, int Unchanged, int Removed);

/// <summary>
/// The output folder as a build sees it. Every file the build makes goes through <see cref="Write"/>: a file whose
/// bytes equal what the manifest says is on disk is left alone; any other is written to a staging folder beside the
/// output. Nothing in the output changes until <see cref="Commit"/>, which moves the new files in, removes the files
/// the site no longer has and rewrites the manifest. A build that fails before that leaves the last good site as it
/// was. A marker file (which holds the manifest) identifies folders SiteGen made: it never writes into a folder it did
/// not make.
/// </summary>
public sealed class OutputFolder : IDisposable
{
    public const string Marker = ".sitegen-output";

    private readonly IReadOnlyDictionary<string, FileStamp> _before;
    private string[]? _order; // the paths of the manifest, in its order: the last build's until a file comes or goes
    private FormattedManifest? _formatted; // the last manifest as written, in _order, when this process wrote it

    // The site's files after this build, with their stamps; written from every worker, under the lock. An edit in place
    // starts from a copy of the last build's table, and records only what it makes or removes (see InPlace).
    private readonly Dictionary<string, FileStamp> _after;
    private readonly Lock _afterLock = new();
    private readonly HashSet<string>? _made; // in place: the files this build made, to catch two at one path
    private readonly List<string>? _dropped; // in place: the files this build removed
    private readonly ConcurrentDictionary<string, bool> _changed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _stagedFolders = new(StringComparer.Ordinal);
    private readonly Lock _stagingLock = new();
    private string? _staging;
    private int _new; // files written that the last build did not have
    private readonly ConcurrentDictionary<string, PartLayout> _layouts; // of files written in sourced parts

    /// <summary>
    /// True when the manifest is this process's own record of its last build (under <c>sitegen serve</c>): the files
    /// it lists are taken to be there, which saves a look at each of them.
    /// </summary>
    private readonly bool _trusted;

    private OutputFolder(string target, IReadOnlyDictionary<string, FileStamp> before, string[]? order, bool trusted, IReadOnlyDictionary<string, PartLayout>? layouts, FormattedManifest? formatted, bool inPlace)
    {
        _formatted = formatted;
        Target = target;
        _before = before;
        InPlace = inPlace;
        if (inPlace)
        {
            // A copy of a table with the same comparer copies its entries as they are, hashes and all: 3-9 ms for
            // 133,000 files (measured beside a running build), where keeping them one by one took 40-50 ms.
            _after = before is Dictionary<string, FileStamp> table ? new(table, StringComparer.Ordinal) : new(before, StringComparer.Ordinal);
            (_made, _dropped) = ([], []);
        }
        else
        {
            // Sized for the last build's files: growing the table step by step made it again several times over.
            _after = new(Math.Max(31, before.Count), StringComparer.Ordinal);
        }

        _order = order;
        _trusted = trusted;
        _layouts = new(layouts ?? new Dictionary<string, PartLayout>(), StringComparer.Ordinal);
    }

    /// <summary>The output folder, as a full path.</summary>
    public string Target { get; }

    /// <summary>
    /// An edit in place under serve: the site has the last build's files, and this build only makes some of them again
    /// and removes others (<see cref="Remove"/>); a file it neither makes nor keeps stays, where a build that is not
    /// in place removes it.
    /// </summary>
    public bool InPlace { get; }

    /// <summary>Null, with the reason, when <paramref name="target"/> holds files SiteGen did not write.</summary>
    /// <param name="known">The manifest of the last build by this process, which saves reading it again.</param>
    /// <param name="inPlace">An edit in place (<see cref="InPlace"/>); taken only with <paramref name="known"/>.</param>
    public static OutputFolder? Open(string target, BuiltFiles? known, out string? refusal, bool inPlace = false)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        refusal = null;
        var marker = Path.Combine(full, Marker);
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any() && !File.Exists(marker))
        {
            refusal = $"输出文件夹 {target} 中有不是 SiteGen 写入的文件（其中没有 {Marker}），拒绝替换它。";
            return null;
        }

        return known is not null && File.Exists(marker)
            ? new OutputFolder(full, known.Stamps, known.Order, trusted: true, known.Layouts, known.Formatted, inPlace)
            : new OutputFolder(full, OutputManifest.Read(marker), null, trusted: false, null, null, inPlace: false);
    }

    /// <summary>The files of the site after <see cref="Commit"/>, as the next build's manifest. Handed over, not copied:
    /// nothing writes to this folder object after its commit.</summary>
    public BuiltFiles Manifest => new(_after, _order ??= OutputManifest.Order(_after.Keys)) { Layouts = _layouts, Formatted = _formatted };

    /// <summary>The files of the last build under a folder ("search/").</summary>
    public IEnumerable<string> Known(string folder) => _before.Keys.Where(p => p.StartsWith(folder, StringComparison.Ordinal));

    /// <summary>Whether the last build wrote this file and it is still there.</summary>
    public bool Has(string relativePath) => _before.ContainsKey(relativePath) && OnDisk(relativePath);

    /// <summary>
    /// Keeps a file of the last build that this build did not make again, because nothing it shows changed. False
    /// when the output does not have it: then the caller must make it.
    /// </summary>
    public bool Keep(string relativePath)
    {
        if (!_before.TryGetValue(relativePath, out var stamp) || !OnDisk(relativePath))
        {
            return false;
        }

        if (InPlace)
        {
            return true; // already in the table
        }

        lock (_afterLock)
        {
            if (!_after.TryAdd(relativePath, stamp))
            {
                throw new InvalidOperationException($"Two files of the site share the path {relativePath}.");
            }
        }

        return true;
    }

    /// <summary>In place, removes a file of the last build that the site no longer has (a build not in place removes
    /// every file it neither makes nor keeps).</summary>
    public void Remove(string relativePath)
    {
        if (!InPlace)
        {
            return;
        }

        lock (_afterLock)
        {
            if (_after.Remove(relativePath) && _before.ContainsKey(relativePath))
            {
                _dropped!.Add(relativePath);
            }
        }
    }

    /// <summary>Offers one file of the site; thread-safe. It is staged only if its bytes differ from the output's.</summary>
    public void Write(string relativePath, ReadOnlySpan<byte> content)
    {
        if (!Record(relativePath, FileStamp.Of(content)))
        {
            return;
        }

        var path = Stage(relativePath);
        // One open, one positioned write, one close: no stream and no buffer. (sitegen also turns off .NET's advisory
        // file locks, src/SiteGen/SiteGen.csproj.) The file system's cost per file is most of a full build's system
        // time (docs/scale.md).
        using (var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
        {
            RandomAccess.Write(handle, content, 0);
        }

        _changed[relativePath] = true;
    }

    /// <summary>
    /// Offers one file of the site as its consecutive parts (<see cref="Site.FileJob.BuildParts"/>), made as they are
    /// written, a batch of them per gathering write: a year's long table (83 MB at 10,000 reports) is never whole in
    /// memory. A file the output already has is first only digested, and made again to be written if it changed;
    /// unless it is <paramref name="likelyChanged"/> (made again for an edit under serve), when it is written as it is
    /// digested, and the staged copy dropped if it turns out the same.
    /// </summary>
    public void Write(string relativePath, Func<IEnumerable<byte[]>> parts, bool likelyChanged = false)
    {
        Claim(relativePath, default);
        var known = _before.TryGetValue(relativePath, out var old) && OnDisk(relativePath);
        if (known && !likelyChanged && FileStamp.Of(parts()) == old)
        {
            SetStamp(relativePath, old);
            return;
        }

        var path = Stage(relativePath);
        var stamp = WriteParts(path, parts());
        SetStamp(relativePath, stamp);
        if (known && stamp == old)
        {
            File.Delete(path);
            return;
        }

        _changed[relativePath] = true;
    }

    /// <summary>
    /// Offers one file of the site as parts made from sources (a year's long table, a part a report), as
    /// <see cref="Write(string, Func{IEnumerable{byte[]}}, bool)"/> does. Under serve, a part whose source the last
    /// build wrote into this file is copied from the file in the output, if that file is still the one written: a
    /// number edit makes one report's part of the year's table (83 MB at 10,000 reports), not 1,900.
    /// </summary>
    public void Write(string relativePath, Func<IEnumerable<FilePart>> parts, bool likelyChanged = false)
    {
        var layout = new PartLayout(0, default);
        var target = Path.Combine(Target, relativePath);
        if (likelyChanged && _layouts.TryGetValue(relativePath, out var last) && last.Describes(target))
        {
            Claim(relativePath, default);
            var path = Stage(relativePath);
            var stamp = PartSplicer.Write(parts(), target, last, path, layout);
            SetStamp(relativePath, stamp);
            if (_before.TryGetValue(relativePath, out var old) && stamp == old)
            {
                File.Delete(path);
            }
            else
            {
                _changed[relativePath] = true;
            }
        }
        else
        {
            Write(relativePath, () => Made(parts(), layout), likelyChanged);
        }

        var written = new FileInfo(Path.Combine(_changed.ContainsKey(relativePath) ? Staging() : Target, relativePath));
        _layouts[relativePath] = layout.At(written.Length, written.LastWriteTimeUtc);
    }

    /// <summary>The parts' bytes, each made, each sourced part recorded in <paramref name="into"/> where it falls.</summary>
    private static IEnumerable<byte[]> Made(IEnumerable<FilePart> parts, PartLayout into)
    {
        long at = 0;
        foreach (var part in parts)
        {
            var bytes = part.Make();
            if (part.Source is not null)
            {
                into.Add(part.Source, at, bytes.Length);
            }

            at += bytes.Length;
            yield return bytes;
        }
    }

    /// <summary>Writes the parts as they come, a batch of them per gathering write, and returns their stamp.</summary>
    private static FileStamp WriteParts(string path, IEnumerable<byte[]> parts)
    {
        var digest = new FileStamp.Hasher();
        using (var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
        {
            var batch = new List<ReadOnlyMemory<byte>>();
            long at = 0, batched = 0;
            foreach (var part in parts)
            {
                digest.Add(part);
                batch.Add(part);
                batched += part.Length;
                if (batched >= BatchBytes)
                {
                    RandomAccess.Write(handle, batch, at);
                    (at, batched) = (at + batched, 0);
                    batch.Clear();
                }
            }

            RandomAccess.Write(handle, batch, at);
        }

        return digest.Stamp();
    }

    private const int BatchBytes = 1 << 20;

    /// <summary>Records a file of the site; false when the output already has these bytes, and nothing need be written.</summary>
    private bool Record(string relativePath, FileStamp stamp)
    {
        Claim(relativePath, stamp);
        return !_before.TryGetValue(relativePath, out var old) || old != stamp || !OnDisk(relativePath);
    }

    /// <summary>Adds a file to the site with its stamp (a file written part by part gets its stamp once written).</summary>
    private void Claim(string relativePath, FileStamp stamp)
    {
        lock (_afterLock)
        {
            // In place the table has the last build's files already: a second claim of a path this build made is
            // what tells two files at one path apart from one file made again.
            var first = InPlace ? _made!.Add(relativePath) : _after.TryAdd(relativePath, stamp);
            if (!first)
            {
                throw new InvalidOperationException($"Two files of the site share the path {relativePath}.");
            }

            if (InPlace)
            {
                _after[relativePath] = stamp;
            }
        }

        if (!_before.ContainsKey(relativePath))
        {
            Interlocked.Increment(ref _new);
        }
    }

    private void SetStamp(string relativePath, FileStamp stamp)
    {
        lock (_afterLock)
        {
            _after[relativePath] = stamp;
        }
    }

    /// <summary>Where to stage a file of the site, with its folder made.</summary>
    private string Stage(string relativePath)
    {
        var path = Path.Combine(Staging(), relativePath);
        // A full build writes 130,000 files at 10,000 reports into 45,000 folders: each folder is made once, not
        // asked for again with every file in it.
        var folder = Path.GetDirectoryName(path)!;
        if (!_stagedFolders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            _stagedFolders.TryAdd(folder, true);
        }

        return path;
    }

    public void WriteText(string relativePath, string text) => Write(relativePath, Encoding.UTF8.GetBytes(text));

    /// <summary>Puts the build in place. With nothing changed it touches nothing, not even the manifest.</summary>
    public OutputChanges Commit()
    {
        // Every file kept or written that the last build did not have is new; if the rest account for all the last
        // build's files, none went (an edit under serve), and 133,000 lookups are saved.
        var removed = InPlace ? _dropped! : _after.Count - _new == _before.Count ? [] : _before.Keys.Where(p => !_after.ContainsKey(p)).ToList();
        var changes = new OutputChanges(_changed.Count, _after.Count - _changed.Count, removed.Count);
        if (_changed.IsEmpty && removed.Count == 0)
        {
            return changes;
        }

        // The same files as the last build (an edit in place): its order serves again, and its lines but the changed.
        if (_order is null || _new > 0 || removed.Count > 0)
        {
            _order = OutputManifest.Order(_after.Keys);
            _formatted = null;
        }

        _formatted = _formatted is null ? OutputManifest.Format(_after, _order) : OutputManifest.Update(_formatted, _after, _order, _changed.Keys);
        var staging = Staging();
        File.WriteAllBytes(Path.Combine(staging, Marker), _formatted.Span);
        if (!Directory.Exists(Target) || _before.Count == 0)
        {
            // A first build, or a folder from before manifests: the staging folder is the whole site, swapped in
            // with two renames, and the old folder goes.
            var old = Directory.Exists(Target) ? staging + ".old" : null;
            if (old is not null)
            {
                Directory.Move(Target, old);
            }

            Directory.Move(staging, Target);
            if (old is not null)
            {
                Directory.Delete(old, recursive: true);
            }

            return changes;
        }

        foreach (var path in removed)
        {
            RemoveFile(path);
        }

        foreach (var path in _changed.Keys)
        {
            var destination = Path.Combine(Target, path);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(Path.Combine(staging, path), destination, overwrite: true);
        }

        // The manifest goes last: until it is in place, the old one still describes every file it lists truly
        // enough that the next build rewrites anything in doubt.
        File.Move(Path.Combine(staging, Marker), Path.Combine(Target, Marker), overwrite: true);
        Directory.Delete(staging, recursive: true);
        return changes;
    }

    private bool OnDisk(string relativePath) => _trusted || File.Exists(Path.Combine(Target, relativePath));

    /// <summary>Removes a file the site no longer has, and the folders it leaves empty.</summary>
    private void RemoveFile(string relativePath)
    {
        var path = Path.Combine(Target, relativePath);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > Target.Length; folder = Path.GetDirectoryName(folder))
        {
            if (!Directory.Exists(folder) || Directory.EnumerateFileSystemEntries(folder).Any())
            {
                break;
            }

            Directory.Delete(folder);
        }
    }

    /// <summary>The staging folder beside the output, made when the first changed file needs it.</summary>
    private string Staging()
    {
        if (_staging is not null)
        {
            return _staging;
        }

        lock (_stagingLock)
        {
            if (_staging is null)
            {
                var parent = Path.GetDirectoryName(Target) ?? ".";
                var staging = Path.Combine(parent, $".{Path.GetFileName(Target)}.building-{Environment.ProcessId}-{Guid.NewGuid():N}");
                Directory.CreateDirectory(staging);
                _staging = staging;
            }

            return _staging;
        }
    }

    public void Dispose()
    {
        if (_staging is not null && Directory.Exists(_staging))
        {
            Directory.Delete(_staging, recursive: true);
        }
    }
}
