using System.Text.RegularExpressions;
using Classeur.Build;
using Classeur.Diagnostics;
using Classeur.Output;

namespace Classeur.Cli.Serve;

/// <summary>
/// The site being previewed: builds into a private folder, rebuilds on request, and remembers the
/// last result. A failed build writes nothing (SiteBuilder is atomic), so the last good pages stay
/// served while the errors are shown. Nothing a rebuild meets ends the preview: even an unexpected
/// exception becomes an error of the banner. Requests made while a build runs give one build after it.
/// </summary>
public sealed partial class PreviewSite : IDisposable
{
    private readonly BuildOptions _options;
    private readonly Lock _gate = new();
    private readonly Lock _requests = new();
    private readonly string _session;
    private bool _running;
    private bool _pending;
    private Task _worker = Task.CompletedTask;
    private CancellationTokenSource? _superseded;

    public PreviewSite(string projectRoot)
    {
        var sessions = Path.Combine(Path.GetTempPath(), "classeur-serve");
        CleanAbandoned(sessions);
        // The process id in the name lets a later preview remove this folder if this one is killed.
        _session = Path.Combine(sessions, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
        OutputDirectory = Path.Combine(_session, "site");
        // The session keeps the previous build's pages: an edit re-renders and rewrites only what it changes.
        // The preview shows the drafts (marked as such), which a plain build leaves out.
        _options = new BuildOptions(projectRoot) { OutputDirectory = OutputDirectory, Session = new BuildSession(), CompareWithLatestEdition = true, IncludeDrafts = true };
    }

    public string OutputDirectory { get; }

    /// <summary>Incremented when open pages should reload (<see cref="PagesChanged"/>): after every build, good or bad.</summary>
    public int Generation { get; private set; }

    /// <summary>The last build's result; while its search index is being built, the result of its pages.</summary>
    public BuildResult? LastResult { get; private set; }

    /// <summary>The errors of the last build, one MSBuild line each, for the page banner.</summary>
    public IReadOnlyList<string> Errors => ErrorsOf(LastResult);

    /// <summary>
    /// Open pages should reload: a build wrote its pages (its search files may follow), or ended without
    /// writing them, or its search index brought errors the banner must show.
    /// </summary>
    public event Action? PagesChanged;

    /// <summary>A build ended, search files included: once per build.</summary>
    public event Action<BuildResult>? Rebuilt;

    /// <summary>Builds now and waits for the result; never throws.</summary>
    public BuildResult Rebuild()
    {
        BuildResult result;
        bool reload;
        lock (_gate)
        {
            var reloaded = false;
            using var superseded = new CancellationTokenSource();
            lock (_requests) _superseded = superseded;
            // The pages are shown as soon as they are written; the search files follow.
            var options = _options with
            {
                Superseded = superseded.Token,
                PagesWritten = pages =>
                {
                    LastResult = pages;
                    Generation++;
                    reloaded = true;
                    Tell(() => PagesChanged?.Invoke());
                },
            };
            try
            {
                result = SiteBuilder.Run(options);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                result = new BuildResult(
                    [DiagnosticCatalog.InternalError.Create(SourceLocation.File(Configuration.SiteConfigLoader.FileName), $"{e.GetType().Name} : {e.Message}")],
                    0, 0, 0, TimeSpan.Zero, OutputDirectory, false);
            }
            finally
            {
                lock (_requests) _superseded = null;
            }
            reload = !reloaded || !ErrorsOf(LastResult).SequenceEqual(ErrorsOf(result), StringComparer.Ordinal);
            LastResult = result;
            if (reload) Generation++;
        }
        if (reload) Tell(() => PagesChanged?.Invoke());
        Tell(() => Rebuilt?.Invoke(result));
        return result;
    }

    private static IReadOnlyList<string> ErrorsOf(BuildResult? result) =>
        result is null ? [] : [.. result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString())];

    private static void Tell(Action listeners)
    {
        try
        {
            listeners();
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // A listener gone (a console closed, a page left): the preview goes on.
        }
    }

    /// <summary>
    /// Asks for a build without waiting. While one runs, any number of requests (an editor saving every
    /// few hundred milliseconds) make one more build once it ends, never a queue of them.
    /// </summary>
    public void RequestRebuild()
    {
        lock (_requests)
        {
            if (_running)
            {
                _pending = true;
                // The running build's search index is about to be outdated: it need not be waited for.
                _superseded?.Cancel();
                return;
            }
            _running = true;
            _pending = false;
            _worker = Task.Run(BuildWhileRequested);
        }
    }

    /// <summary>Waits until no build runs or is asked for (tests, and a clean stop).</summary>
    public Task Idle()
    {
        lock (_requests) return _worker;
    }

    private void BuildWhileRequested()
    {
        while (true)
        {
            try
            {
                Rebuild();
            }
            catch
            {
                lock (_requests) _running = false;
                throw;
            }
            lock (_requests)
            {
                if (!_pending)
                {
                    _running = false;
                    return;
                }
                _pending = false;
            }
        }
    }

    /// <summary>Folders of previews that were killed: their process is gone.</summary>
    private static void CleanAbandoned(string sessions)
    {
        if (!Directory.Exists(sessions)) return;
        foreach (var folder in new DirectoryInfo(sessions).EnumerateDirectories())
        {
            var match = SessionName().Match(folder.Name);
            if (!match.Success) continue;
            // This process's own folders belong to its other previews (tests run several at once): in use.
            var pid = int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (pid == Environment.ProcessId || FolderOwner.IsRunning(pid, folder.CreationTimeUtc)) continue;
            Delete(folder.FullName);
        }
    }

    [GeneratedRegex("^([0-9]+)-[0-9a-f]{32}$")]
    private static partial Regex SessionName();

    public void Dispose()
    {
        // A build still running writes into the folder: let it end first (it is bounded).
        Idle().Wait(TimeSpan.FromSeconds(30));
        Delete(_session);
    }

    private static void Delete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file still open by a browser request; the next preview or the system cleans it.
        }
    }
}
