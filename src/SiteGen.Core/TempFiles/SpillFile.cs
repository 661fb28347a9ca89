using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace SiteGen.Core.TempFiles;

/// <summary>
/// A temporary file where a one-off build keeps what it does not need in memory all the time (issue 8): the reports'
/// Markdown bodies between the steps that read them (<see cref="Reports.NarrativeStore"/>), the grown part of large
/// posting lists while the search index collects terms (402 MB of them at 10,000 reports were most of the build's
/// peak), and each search document's text once it is analysed, for the first pages' snippets. Writes and reads are
/// positioned, from any thread; what is read back is what was written.
/// </summary>
/// <remarks>
/// The file is removed as soon as it is open (on Windows, when it is closed), so a build that is killed leaves
/// nothing behind. At 10,000 reports the files hold about 500 MB (bodies, postings and texts), read back from the
/// page cache as a rule.
/// </remarks>
internal sealed class SpillFile : IDisposable
{
    private readonly SafeFileHandle _file;
    private long _end;

    public SpillFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitegen-{Guid.NewGuid():N}.tmp");
        try
        {
            _file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Failed(e);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.Delete(path);
        }
    }

    /// <summary>Bytes written so far.</summary>
    public long Length => Interlocked.Read(ref _end);

    /// <summary>Writes <paramref name="bytes"/> at the end of the file and returns where they start.</summary>
    public long Append(ReadOnlySpan<byte> bytes)
    {
        var at = Interlocked.Add(ref _end, bytes.Length) - bytes.Length;
        try
        {
            RandomAccess.Write(_file, bytes, at);
        }
        catch (IOException e)
        {
            throw Failed(e);
        }

        return at;
    }

    public void Read(long offset, Span<byte> into)
    {
        while (!into.IsEmpty)
        {
            var read = RandomAccess.Read(_file, into, offset);
            if (read <= 0)
            {
                throw new IOException("SiteGen's temporary file ended early: something else truncated it.");
            }

            into = into[read..];
            offset += read;
        }
    }

    /// <summary>Writes a text as its UTF-16 code units (two bytes a Chinese character, where UTF-8 takes three); read it
    /// back with <see cref="Read"/> into a span of as many characters.</summary>
    public (long Offset, int Length) Append(string text) => (Append(MemoryMarshal.AsBytes(text.AsSpan())), text.Length);

    public void Dispose() => _file.Dispose();

    /// <summary>What the build reports when the temporary folder cannot take the file (sitegen prints the message).</summary>
    private static IOException Failed(Exception e) => new(
        $"无法写入生成过程在 {Path.GetTempPath()} 中的临时文件（{e.Message}）。每 1,000 份报告约需 50 MB：请腾出空间，或把 TMPDIR 设为有足够空间的文件夹。输出文件夹保持原样，未作改动。",
        e);
}
