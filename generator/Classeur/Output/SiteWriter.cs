using System.Text;

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
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
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
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(output) ?? throw new IOException("dossier de sortie sans parent");
        Directory.CreateDirectory(parent);
        StagingFolders.Recover(output);
        var name = Path.GetFileName(output);
        var staging = StagingFolders.Create(parent, name, StagingFolders.New);
        string? previous = null;
        var replaced = Directory.Exists(output) && File.Exists(Path.Combine(output, SiteMarker.FileName));
        try
        {
            // Files are independent: written on every core. An interruption stops the loop, then throws.
            try
            {
                Parallel.ForEach(files, (file, loop) =>
                {
                    if (_interrupted)
                    {
                        loop.Stop();
                        return;
                    }
                    WriteOne(staging, replaced ? output : null, file.Key, file.Value);
                });
            }
            catch (AggregateException e)
            {
                // The same failure whatever the threads did first: the one of the first path in order.
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions
                    .OrderBy(x => x.Data["path"] as string, StringComparer.Ordinal).First());
            }
            ThrowIfInterrupted();
            // Last: a staging folder with its marker is a complete site, one the next run may restore.
            File.WriteAllText(Path.Combine(staging, SiteMarker.FileName), SiteMarker.Text, Utf8);
            Step.Value?.Invoke("staged");
            ThrowIfInterrupted();
            if (!Directory.Exists(output))
            {
                Directory.Move(staging, output);
                Step.Value?.Invoke("moved");
            }
            else if (DirectorySwap.TryExchange(staging, output))
            {
                previous = staging; // the staging name now holds the previous site
                Step.Value?.Invoke("exchanged");
            }
            else
            {
                previous = StagingFolders.Create(parent, name, StagingFolders.Old);
                Directory.Move(output, previous);
                Step.Value?.Invoke("previous-moved");
                Directory.Move(staging, output);
                Step.Value?.Invoke("moved");
            }
        }
        catch
        {
            if (!Directory.Exists(output) && previous is not null && Directory.Exists(previous)) Directory.Move(previous, output);
            if (previous != staging) StagingFolders.TryDelete(staging);
            Forget(staging, previous);
            throw;
        }
        if (previous is not null) StagingFolders.TryDelete(previous);
        Forget(staging, previous);
    }

    /// <param name="previous">The site being replaced, whose unchanged files are linked, or null.</param>
    private static void WriteOne(string staging, string? previous, string path, object content)
    {
        try
        {
            var relative = path.Replace('/', Path.DirectorySeparatorChar);
            var target = Path.Combine(staging, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var bytes = content switch
            {
                string text => Utf8.GetBytes(text),
                byte[] raw => raw,
                _ => throw new ArgumentException($"contenu inattendu pour {path}", nameof(content)),
            };
            if (previous is null || !UnchangedFiles.TryLink(Path.Combine(previous, relative), target, bytes))
                File.WriteAllBytes(target, bytes);
        }
        catch (Exception e)
        {
            e.Data["path"] = path;
            throw;
        }
    }

    private static void Forget(string staging, string? previous)
    {
        StagingFolders.Forget(staging);
        if (previous is not null) StagingFolders.Forget(previous);
    }

    private static void ThrowIfInterrupted()
    {
        if (_interrupted) throw new OperationCanceledException("construction interrompue");
    }
}
