using System.Runtime;

namespace SiteGen.Core;

/// <summary>
/// Where a one-off build moves from one step to the next, and what the step before made is garbage: every page's
/// buffers after the render, the batches and outgrown posting arrays after the search index's terms. The collector
/// would leave most of it in the oldest generation and the large object heap until their budgets ran out, and at
/// 10,000 reports the process held twice its live objects (docs/scale.md).
/// </summary>
internal static class PhaseEnd
{
    private const int From = 1000;

    /// <summary>
    /// A full collection that also compacts the large object heap; then, once the finalizer thread has run the shared
    /// array pools' trimming (which a full collection sets off), a second one for what the pools let go: after the
    /// render at 10,000 reports the large object heap went from 107 MB after the first to 68 MB after the second.
    /// About 100-200 ms in all. A small archive's build skips it: its garbage is a few MB, and a blocking collection
    /// stops every thread of the process (the tests build hundreds of small sites side by side; a run of the suite
    /// took 3 m 52 s instead of about 3 m 15 s).
    /// </summary>
    public static void Collect(int reports)
    {
        if (reports < From)
        {
            return;
        }

        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
