namespace SiteGen.Core;

/// <summary>
/// Where a build is, for a progress display: a step that finished (<see cref="Total"/> 0), or pages rendered so far
/// out of <see cref="Total"/>. Reported from worker threads.
/// </summary>
public sealed record BuildProgress(string Step, int Done, int Total);
