using Classeur.Content;
using Classeur.Search;

namespace Classeur.Build;

/// <summary>
/// The search stage of the build, a function from the manual (and its configuration) to the files to
/// write: the index (<see cref="SearchIndexBuilder"/>) and the npm scripts the browser needs to read
/// it (<see cref="BrowserPackages"/>). Missing npm files are reported in the build's diagnostics.
/// </summary>
internal static class SearchStage
{
    /// <param name="cancel">A preview's, when a newer save makes this index useless: the work stops between steps.</param>
    public static SortedDictionary<string, object> Files(LoadedManual loaded, CancellationToken cancel = default)
    {
        var files = new SortedDictionary<string, object>(StringComparer.Ordinal);
        foreach (var (path, bytes) in SearchIndexBuilder.Build(loaded.Manual, loaded.Config, cancel)) files[path] = bytes;
        BrowserPackages.AddTo(files, loaded.TemplatesDirectory, ContentLoader.Relative(loaded.ProjectRoot, loaded.TemplatesDirectory), loaded.Diagnostics);
        return files;
    }

    /// <summary>The same files, each given to <paramref name="write"/> as soon as it is ready (from several threads).</summary>
    public static void Write(LoadedManual loaded, SearchFileSink write)
    {
        SearchIndexBuilder.Write(loaded.Manual, loaded.Config, write);
        var packages = new Dictionary<string, object>(StringComparer.Ordinal);
        BrowserPackages.AddTo(packages, loaded.TemplatesDirectory, ContentLoader.Relative(loaded.ProjectRoot, loaded.TemplatesDirectory), loaded.Diagnostics);
        foreach (var (path, bytes) in packages) write(path, (byte[])bytes);
    }
}
