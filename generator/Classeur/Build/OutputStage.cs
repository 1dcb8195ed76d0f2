using Classeur.Content;
using Classeur.Diagnostics;
using Classeur.Output;

namespace Classeur.Build;

/// <summary>
/// The last stage: the files written. A build writes its site at once. A preview whose previous build
/// is in place writes its pages first and tells the open pages to reload
/// (<see cref="BuildOptions.PagesWritten"/>), then its search files once their index is ready: the index
/// takes longer to build than the pages, and a reader needs the page first.
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
        catch (OperationCanceledException)
        {
            // The index of a newer build will replace this one: not worth waiting for. The task ends unobserved.
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
            loaded.Diagnostics.Report(DiagnosticCatalog.OutputFailed, SourceLocation.File(ContentLoader.Relative(loaded.ProjectRoot, outputDirectory)), IoMessages.French(e));
            return (false, []);
        }
    }
}
