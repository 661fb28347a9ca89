using SiteGen.Core.TempFiles;

namespace SiteGen.Core.Search.Index;

/// <summary>
/// Moves many posting lists to the spill file in one write: their bytes one after the other in one buffer, then
/// each list told where its own stand. A write per list was 117,000 system calls of a few KB each at 10,000 reports
/// (each of the 19 spills moves every list past <c>SpillListsFrom</c>), about half a second of the build.
/// </summary>
internal static class SpillBatch
{
    // One buffer per thread, kept from spill to spill (a partition's lists come to 1-3 MB at 10,000 reports): pooled
    // arrays of every size stayed in the shared pool, 10 MB more at the build's peak.
    [ThreadStatic]
    private static byte[]? _buffer;

    public static void Spill(IReadOnlyList<PostingList> lists, SpillFile spill)
    {
        var total = 0L;
        foreach (var list in lists)
        {
            total += list.Length;
        }

        if (total == 0)
        {
            return;
        }

        if (total > Array.MaxLength)
        {
            foreach (var list in lists)
            {
                list.SpillTo(spill);
            }

            return;
        }

        if (_buffer is null || _buffer.Length < total)
        {
            _buffer = new byte[Math.Max(total, 1 << 20)];
        }

        var at = 0;
        foreach (var list in lists)
        {
            list.Bytes.AsSpan(0, list.Length).CopyTo(_buffer.AsSpan(at));
            at += list.Length;
        }

        var start = spill.Append(_buffer.AsSpan(0, at));
        foreach (var list in lists)
        {
            var length = list.Length;
            if (length > 0)
            {
                list.Spilled(start);
                start += length;
            }
        }
    }
}
