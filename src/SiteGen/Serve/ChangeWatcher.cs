using System.Threading.Channels;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Watches folders and calls back once changes settle: an editor's save is several events (write, rename, attribute),
/// so a rebuild waits for a quiet moment instead of running once per event.
/// </summary>
internal sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<bool> _changes = Channel.CreateUnbounded<bool>();
    private readonly TimeSpan _quiet;

    public ChangeWatcher(IEnumerable<string> folders, TimeSpan quiet)
    {
        _quiet = quiet;
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, _) => _changes.Writer.TryWrite(true);
            watcher.Created += (_, _) => _changes.Writer.TryWrite(true);
            watcher.Deleted += (_, _) => _changes.Writer.TryWrite(true);
            watcher.Renamed += (_, _) => _changes.Writer.TryWrite(true);
            watcher.Error += (_, _) => _changes.Writer.TryWrite(true); // overflow: rebuild rather than miss a change
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public async Task RunAsync(Action changed, CancellationToken cancel)
    {
        var reader = _changes.Reader;
        while (await reader.WaitToReadAsync(cancel))
        {
            do
            {
                while (reader.TryRead(out _))
                {
                }

                await Task.Delay(_quiet, cancel);
            }
            while (reader.TryRead(out _));

            await Task.Run(changed, cancel);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }
    }
}
