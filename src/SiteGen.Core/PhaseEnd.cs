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
    /// array pools' trimming (which a full collection sets off, and which let go of the renderer's 2 MB frame arrays),
    /// a second one for what they let go. About 100-200 ms at 10,000 reports. A small archive's build skips it: its
    /// garbage is a few MB, and a blocking collection stops every thread of the process (the tests build hundreds of
    /// small sites side by side, and took a quarter longer).
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
