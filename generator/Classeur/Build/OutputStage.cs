using Classeur.Content;
using Classeur.Diagnostics;
using Classeur.Output;

namespace Classeur.Build;

/// <summary>
/// The last stage: the files written. A build writes each file as soon as it has it into a staged site
/// (<see cref="StagedSite"/>), its search files first, and commits it at the end (<see cref="Finish"/>).
/// A preview keeps its files, to write only those that changed. When its previous build is in place,
/// it writes its pages first and tells the open pages to reload (<see cref="BuildOptions.PagesWritten"/>),
/// then its search files once their index is ready: the index takes longer to build than the pages,
/// and a reader needs the page first.
/// </summary>
internal static class OutputStage
{
    /// <summary>Whether the site was written, the files written or deleted (sorted), and whether the search files were left out.</summary>
    internal sealed record Outcome(bool Written, IReadOnlyList<string> Files, bool SearchSkipped);

    /// <summary>Whether <see cref="Write"/> will write the pages before the search files, which then need not be started before.</summary>
    public static bool WritesPagesFirst(BuildOptions options, string outputDirectory) =>
        options.PagesWritten is not null && options.Session is { } session && session.Writer.Continues(outputDirectory);

    /// <param name="files">Every file but the search files, which <paramref name="search"/> gives (started if it is not yet).</param>
    /// <param name="hasErrors">Whether the diagnostics so far fail the build (site.yml's severities and --strict applied).</param>
    /// <param name="interim">The result told to <see cref="BuildOptions.PagesWritten"/>.</param>
    public static Outcome Write(LoadedManual loaded, Dictionary<string, object> files, Func<Task<(SortedDictionary<string, object> Result, TimeSpan Elapsed)>> search,
        DiagnosticBag searchDiagnostics, BuildOptions options, Func<bool> hasErrors, Func<IReadOnlyList<string>, BuildResult> interim)
    {
        var session = options.Session;
        if (!WritesPagesFirst(options, loaded.OutputDirectory) || session is null || options.PagesWritten is null)
            return WriteAtOnce(loaded, files, search(), searchDiagnostics, session, hasErrors);

        // A failed build writes nothing: its errors are shown without waiting for the index.
        if (hasErrors()) return new Outcome(false, [], true);
        var previousSearch = session.SearchFiles;
        var (written, pages) = TryWrite(loaded, files, session, previousSearch.Contains);
        loaded.Timings.Mark("écriture");
        if (!written) return new Outcome(false, [], true);
        options.PagesWritten(interim(pages));
        // Superseded already (while the pages were rendered): the index is not even started.
        if (options.Superseded.IsCancellationRequested) return new Outcome(true, pages, true);
        var searching = search();
        try
        {
            searching.Wait(options.Superseded);
        }
        catch (Exception e) when (options.Superseded.IsCancellationRequested && e is OperationCanceledException or AggregateException { InnerException: OperationCanceledException })
        {
            // The index of a newer build will replace this one: not worth waiting for. The task stops at its
            // next step (it was given the same token), unobserved.
            return new Outcome(true, pages, true);
        }
        var index = loaded.Timings.Collect("recherche", searching);
        foreach (var found in searchDiagnostics.Sorted()) loaded.Diagnostics.Add(found);
        if (hasErrors()) return new Outcome(true, pages, true);
        // Deleted: the previous search files that are neither search files nor pages any more.
        var (done, searchFiles) = TryWrite(loaded, index, session, path => !previousSearch.Contains(path) || files.ContainsKey(path));
        if (done) session.SearchFiles = index.Keys.ToHashSet(StringComparer.Ordinal);
        loaded.Timings.Mark("écriture de la recherche");
        return new Outcome(done, [.. pages.Concat(searchFiles).Distinct().Order(StringComparer.Ordinal)], false);
    }

    /// <summary>The layers of a streamed build's files: of two files at one path, the later layer's is kept, as in a dictionary filled in this order.</summary>
    public const int PageLayer = 0;

    private const int FileLayer = 1;
    private const int SearchLayer = 2;

    /// <summary>
    /// A streamed build's end, its search files and pages written already (<paramref name="staged"/>): the
    /// other files are added, and the site is committed, unless the build failed.
    /// </summary>
    /// <param name="searching">A small manual's index, written beside the pages (<see cref="StartSearch"/>): waited for first.</param>
    public static Outcome Finish(LoadedManual loaded, StagedSite staged, Dictionary<string, object> files, DiagnosticBag searchDiagnostics, Func<bool> hasErrors,
        Task<(bool Result, TimeSpan Elapsed)>? searching = null)
    {
        if (searching is not null) loaded.Timings.Collect("recherche", searching);
        foreach (var found in searchDiagnostics.Sorted()) loaded.Diagnostics.Add(found);
        if (hasErrors())
        {
            loaded.Timings.Mark("écriture");
            return new Outcome(false, [], false);
        }
        AddAll(staged, files, FileLayer);
        var written = Commit(loaded, staged);
        loaded.Timings.Mark("écriture");
        return new Outcome(written, written ? staged.Paths : [], false);
    }

    /// <summary>
    /// A streamed build's search files, built (on every core) and written before the pages: the index's
    /// working data, about the manual's size again, is garbage once they are written. It is collected
    /// then, in one blocking collection, rather than left in the old generation for the collector to
    /// reach while the pages render and pile up garbage of their own: the build's peak memory.
    /// Their diagnostics are told with the others' in <see cref="Finish"/>. A small heap (the manual's is
    /// about 60 MiB) is left to the collector: there the collection cost more time (14 ms, 3 % of the
    /// build) than the memory it gave back was worth.
    /// </summary>
    public static void WriteSearch(LoadedManual loaded, StagedSite staged)
    {
        Interruptible(() => SearchStage.Write(loaded, (path, bytes) => staged.Add(path, bytes, SearchLayer)));
        loaded.Timings.Mark("recherche");
        if (GC.GetTotalMemory(forceFullCollection: false) >= CollectAbove) GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private const long CollectAbove = 256L * 1024 * 1024;

    /// <summary>
    /// Below this many fiches the index is built while the pages render (<see cref="StartSearch"/>): there
    /// neither stage keeps both cores busy (the manual's index 0.13 s, its pages 0.07 s, one after the
    /// other), and the memory of both at once is small. Above it, the index comes first and its working
    /// data is let go before the pages (<see cref="WriteSearch"/>), which bounds the peak.
    /// </summary>
    public const int IndexBesidePagesBelow = 1000;

    public static bool IndexesBesidePages(LoadedManual loaded) => loaded.Manual.Fiches.Count < IndexBesidePagesBelow;

    /// <summary>A small manual's search files, built and written on another core while the pages render; <see cref="Finish"/> waits for them.</summary>
    public static Task<(bool Result, TimeSpan Elapsed)> StartSearch(LoadedManual loaded, StagedSite staged) => StageTimings.Start(() =>
    {
        Interruptible(() => SearchStage.Write(loaded, (path, bytes) => staged.Add(path, bytes, SearchLayer)));
        return true;
    });

    private static void AddAll(StagedSite staged, IEnumerable<KeyValuePair<string, object>> files, int layer) =>
        Interruptible(() => Parallel.ForEach(files, file => Add(staged, file.Key, file.Value, layer)));

    /// <summary>
    /// Runs parallel work that writes to a staged site: Ctrl+C, seen by a write on any thread, comes out
    /// as the OperationCanceledException the CLI expects, not wrapped in an AggregateException.
    /// </summary>
    public static void Interruptible(Action work)
    {
        try
        {
            work();
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.Any(x => x is OperationCanceledException))
        {
            throw new OperationCanceledException("construction interrompue", e);
        }
    }

    private static void Add(StagedSite staged, string path, object content, int layer)
    {
        switch (content)
        {
            case string text: staged.Add(path, text, layer); break;
            case byte[] bytes: staged.Add(path, bytes, layer); break;
            default: throw new ArgumentException($"contenu inattendu pour {path}", nameof(content));
        }
    }

    private static bool Commit(LoadedManual loaded, StagedSite staged)
    {
        try
        {
            staged.Commit();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ReportFailure(loaded, e);
            return false;
        }
    }

    private static void ReportFailure(LoadedManual loaded, Exception e) =>
        loaded.Diagnostics.Report(DiagnosticCatalog.OutputFailed,
            SourceLocation.File(ContentLoader.Relative(loaded.ProjectRoot, loaded.OutputDirectory)), IoMessages.French(e));

    private static Outcome WriteAtOnce(LoadedManual loaded, Dictionary<string, object> files, Task<(SortedDictionary<string, object> Result, TimeSpan Elapsed)> searching,
        DiagnosticBag searchDiagnostics, BuildSession? session, Func<bool> hasErrors)
    {
        var search = loaded.Timings.Collect("recherche", searching);
        foreach (var (path, content) in search) files[path] = content;
        foreach (var found in searchDiagnostics.Sorted()) loaded.Diagnostics.Add(found);
        var (written, paths) = hasErrors() ? (false, []) : TryWrite(loaded, files, session, keep: null);
        if (written && session is not null) session.SearchFiles = search.Keys.ToHashSet(StringComparer.Ordinal);
        loaded.Timings.Mark("écriture");
        return new Outcome(written, paths, false);
    }

    /// <summary>The whole site at once, or in a preview session only the files that changed.</summary>
    private static (bool Written, IReadOnlyList<string> Files) TryWrite(
        LoadedManual loaded, IReadOnlyDictionary<string, object> files, BuildSession? session, Func<string, bool>? keep)
    {
        var outputDirectory = loaded.OutputDirectory;
        try
        {
            if (session is not null) return (true, session.Writer.Write(outputDirectory, files, keep));
            SiteWriter.Write(outputDirectory, files);
            return (true, [.. files.Keys.Order(StringComparer.Ordinal)]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            ReportFailure(loaded, e);
            return (false, []);
        }
    }
}
