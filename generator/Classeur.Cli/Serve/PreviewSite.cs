using Classeur.Build;
using Classeur.Diagnostics;

namespace Classeur.Cli.Serve;

/// <summary>
/// The site being previewed: builds into a private folder, rebuilds on request, and remembers the
/// last result. A failed build writes nothing (SiteBuilder is atomic), so the last good pages stay
/// served while the errors are shown.
/// </summary>
public sealed class PreviewSite : IDisposable
{
    private readonly BuildOptions _options;
    private readonly Lock _gate = new();

    public PreviewSite(string projectRoot)
    {
        OutputDirectory = Path.Combine(Path.GetTempPath(), "classeur-serve", Guid.NewGuid().ToString("N"));
        // The session keeps the previous build's pages: an edit re-renders and rewrites only what it changes.
        // The preview shows the drafts (marked as such), which a plain build leaves out.
        _options = new BuildOptions(projectRoot) { OutputDirectory = OutputDirectory, Session = new BuildSession(), CompareWithLatestEdition = true, IncludeDrafts = true };
    }

    public string OutputDirectory { get; }

    /// <summary>Incremented after every build, good or bad: open pages reload when it changes.</summary>
    public int Generation { get; private set; }

    public BuildResult? LastResult { get; private set; }

    /// <summary>The errors of the last build, one MSBuild line each, for the page banner.</summary>
    public IReadOnlyList<string> Errors =>
        LastResult is null ? [] : [.. LastResult.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString())];

    public event Action<BuildResult>? Rebuilt;

    public BuildResult Rebuild()
    {
        BuildResult result;
        lock (_gate)
        {
            result = SiteBuilder.Run(_options);
            LastResult = result;
            Generation++;
        }
        Rebuilt?.Invoke(result);
        return result;
    }

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(OutputDirectory)) Directory.Delete(OutputDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a browser request; the temp folder is cleaned by the system.
        }
    }
}
