namespace Classeur.Cli.Serve;

/// <summary>
/// Watches content/, templates/ and site.yml and calls back once a burst of changes has settled:
/// an editor's save is often several events (temp file, rename, attributes).
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _debounce;

    public SourceWatcher(string projectRoot, IEnumerable<string> directories, Action changed, TimeSpan settle)
    {
        _debounce = new Timer(_ => changed(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var directory in directories.Where(Directory.Exists))
            _watchers.Add(Watch(directory, "*", true, settle));
        _watchers.Add(Watch(projectRoot, "site.yml", false, settle));
    }

    private FileSystemWatcher Watch(string directory, string filter, bool recursive, TimeSpan settle)
    {
        var watcher = new FileSystemWatcher(directory, filter)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Restart(object? sender, EventArgs e) => _debounce.Change(settle, Timeout.InfiniteTimeSpan);
        watcher.Changed += Restart;
        watcher.Created += Restart;
        watcher.Deleted += Restart;
        watcher.Renamed += Restart;
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _debounce.Dispose();
    }
}
