namespace Classeur.Cli.Serve;

/// <summary>
/// Watches content/, templates/ and site.yml and calls back once a burst of changes has settled:
/// an editor's save is often several events (temp file, rename, attributes). A watched folder that
/// is deleted, then created again (a checkout, a restore), is watched again: the parent folder of
/// each is watched for that.
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, FileSystemWatcher?> _folders = new(StringComparer.Ordinal);
    private readonly HashSet<string> _watched = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stale = new(StringComparer.Ordinal);
    private readonly List<FileSystemWatcher> _parents = [];
    private readonly Timer _debounce;
    private readonly TimeSpan _settle;
    private bool _disposed;

    public SourceWatcher(string projectRoot, IEnumerable<string> directories, Action changed, TimeSpan settle)
    {
        _settle = settle;
        _debounce = new Timer(_ => Settled(changed), null, Timeout.Infinite, Timeout.Infinite);
        var folders = directories.Select(d => Path.TrimEndingDirectorySeparator(Path.GetFullPath(d))).Distinct().ToList();
        _watched.UnionWith(folders);
        foreach (var folder in folders)
            _folders[folder] = Directory.Exists(folder) ? Watch(folder, true, null) : null;
        var root = Path.GetFullPath(projectRoot);
        var parents = folders.Select(Path.GetDirectoryName).OfType<string>().Append(root).Distinct().Where(Directory.Exists);
        foreach (var parent in parents)
        {
            // Only site.yml and the watched folders themselves matter at this level.
            var siteYml = Path.Combine(root, Configuration.SiteConfigLoader.FileName);
            var watcher = Watch(parent, false, path => path == siteYml || _watched.Contains(Path.TrimEndingDirectorySeparator(path)));
            void Flag(string path)
            {
                var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
                lock (_gate)
                {
                    if (_watched.Contains(full)) _stale.Add(full);
                }
            }
            watcher.Created += (_, e) => Flag(e.FullPath);
            watcher.Deleted += (_, e) => Flag(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Flag(e.FullPath);
                Flag(e.OldFullPath);
            };
            _parents.Add(watcher);
        }
    }

    private FileSystemWatcher Watch(string directory, bool recursive, Func<string, bool>? relevant)
    {
        var watcher = new FileSystemWatcher(directory, "*")
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Restart(object? sender, EventArgs e)
        {
            if (relevant is not null && e is FileSystemEventArgs change && !relevant(change.FullPath)
                && !(e is RenamedEventArgs renamed && relevant(renamed.OldFullPath)))
                return;
            lock (_gate)
            {
                if (!_disposed) _debounce.Change(_settle, Timeout.InfiniteTimeSpan);
            }
        }
        watcher.Changed += Restart;
        watcher.Created += Restart;
        watcher.Deleted += Restart;
        watcher.Renamed += Restart;
        // The folder itself deleted, or too many events at once: watch it anew and rebuild.
        watcher.Error += (_, e) =>
        {
            lock (_gate)
            {
                if (recursive) _stale.Add(Path.TrimEndingDirectorySeparator(directory));
            }
            Restart(null, e);
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void Settled(Action changed)
    {
        lock (_gate)
        {
            if (_disposed) return;
            foreach (var folder in _stale)
            {
                _folders[folder]?.Dispose();
                _folders[folder] = Directory.Exists(folder) ? Watch(folder, true, null) : null;
            }
            _stale.Clear();
        }
        try
        {
            changed();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A callback on a timer thread must not end the process; the next save tries again.
            Console.Error.WriteLine($"classeur : la reconstruction n'a pas pu être lancée ({e.GetType().Name}).");
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            foreach (var watcher in _folders.Values.Concat(_parents)) watcher?.Dispose();
        }
        _debounce.Dispose();
    }
}
