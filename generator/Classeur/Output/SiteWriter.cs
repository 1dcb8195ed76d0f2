namespace Classeur.Output;

/// <summary>
/// Writes the site atomically: everything goes to a fresh sibling folder first, its marker last, and
/// that folder then takes the output's place in one atomic exchange (two renames where the system
/// cannot). A failure at any point leaves the previous site as it was; a kill between the two renames
/// is repaired by the next write (<see cref="StagingFolders"/>). Only folders this class created are
/// ever deleted, and Ctrl+C (<see cref="Interrupt"/>) stops the write with its folders removed.
/// </summary>
public static class SiteWriter
{
    private static volatile bool _interrupted;

    /// <summary>Each step of a write, for the tests that look at the folders between two steps.</summary>
    internal static readonly AsyncLocal<Action<string>?> Step = new();

    /// <summary>Asks the running write to stop before its next file (Ctrl+C): it throws OperationCanceledException.</summary>
    public static void Interrupt() => _interrupted = true;

    /// <summary>Deletes the staging folders of this process right away, when there is no time to wait for the write to stop.</summary>
    public static void AbandonStaging() => StagingFolders.DeleteActive();

    /// <summary>
    /// After a run that was killed while writing: puts a complete site back in place of a missing output
    /// folder, and removes the working folders left beside it. Done by every build, failed or not;
    /// never throws (what is wrong with the folder is reported by the write, if it comes to writing).
    /// </summary>
    public static void Repair(string outputDirectory)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        try
        {
            if (Path.GetDirectoryName(output) is not null) StagingFolders.Recover(output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Tried again by the next build.
        }
    }

    /// <param name="files">Output path (relative, forward slashes) → content, text or bytes.</param>
    public static void Write(string outputDirectory, IReadOnlyDictionary<string, object> files)
    {
        using var site = StagedSite.Open(outputDirectory);
        // Files are independent: written on every core. An interruption stops the loop; the commit throws.
        try
        {
            Parallel.ForEach(files, (file, loop) =>
            {
                if (_interrupted)
                {
                    loop.Stop();
                    return;
                }
                try
                {
                    switch (file.Value)
                    {
                        case string text: site.Add(file.Key, text); break;
                        case byte[] raw: site.Add(file.Key, raw); break;
                        default: throw new ArgumentException($"contenu inattendu pour {file.Key}", nameof(files));
                    }
                }
                catch (OperationCanceledException)
                {
                    loop.Stop();
                }
            });
        }
        catch (AggregateException e)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        site.Commit();
    }

    internal static void ThrowIfInterrupted()
    {
        if (_interrupted) throw new OperationCanceledException("construction interrompue");
    }
}
