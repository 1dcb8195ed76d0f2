using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Classeur.Output;

/// <summary>
/// The folders a write works in, beside the output: « .{name}.nouveau-{pid}-{id} » (the new site being
/// written) and « .{name}.ancien-{pid}-{id} » (the previous one, between two renames). A run that was
/// killed leaves them behind: the next write puts a complete site back in place if the output is
/// missing, then removes them. Ctrl+C removes those of the running process.
/// </summary>
internal static partial class StagingFolders
{
    public const string New = "nouveau";
    public const string Old = "ancien";

    private static readonly ConcurrentDictionary<string, byte> Active = new(StringComparer.Ordinal);

    public static string Create(string parent, string name, string kind)
    {
        var path = Path.Combine(parent, $".{name}.{kind}-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Active[path] = 0;
        return path;
    }

    public static void Forget(string path) => Active.TryRemove(path, out _);

    /// <summary>Deletes this process's staging folders: on Ctrl+C, when the write will not finish.</summary>
    public static void DeleteActive()
    {
        foreach (var path in Active.Keys) TryDelete(path);
    }

    /// <summary>Leftovers of killed runs: the output restored from them when it is missing, then deleted.</summary>
    public static void Recover(string output)
    {
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        if (!Directory.Exists(parent)) return;
        var pattern = new Regex($"^\\.{Regex.Escape(name)}\\.({New}|{Old})-([0-9]+)-[0-9a-f]{{32}}$", RegexOptions.CultureInvariant);
        var leftovers = new List<(string Path, string Kind, DateTime Created)>();
        foreach (var folder in new DirectoryInfo(parent).EnumerateDirectories($".{name}.*"))
        {
            var match = pattern.Match(folder.Name);
            if (!match.Success || Active.ContainsKey(folder.FullName)) continue;
            if (FolderOwner.IsRunning(int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), folder.CreationTimeUtc)) continue;
            leftovers.Add((folder.FullName, match.Groups[1].Value, folder.LastWriteTimeUtc));
        }
        if (!Directory.Exists(output))
        {
            // A complete new site (its marker is written last) is the latest; else the previous one.
            var restore = leftovers.Where(l => l.Kind == New && SiteMarker.IsPresent(l.Path)).OrderByDescending(l => l.Created).Select(l => l.Path).FirstOrDefault()
                ?? leftovers.Where(l => l.Kind == Old).OrderByDescending(l => l.Created).Select(l => l.Path).FirstOrDefault();
            if (restore is not null)
            {
                Directory.Move(restore, output);
                leftovers.RemoveAll(l => l.Path == restore);
            }
        }
        foreach (var leftover in leftovers) TryDelete(leftover.Path);
    }

    public static void TryDelete(string path)
    {
        try
        {
            if (!Directory.Exists(path)) return;
            EmptyFolders(path);
            Directory.Delete(path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Removed by the next run.
        }
    }

    /// <summary>
    /// Deletes the files of every folder under <paramref name="root"/>, folders side by side: the previous site
    /// removed after a large build (17,000 files at ×100, most of them in two folders) took 0.15–0.25 s on one
    /// core at the very end of the build. A link to a folder is deleted as a link, never followed.
    /// </summary>
    private static void EmptyFolders(string root)
    {
        var folders = new List<string> { root };
        for (var i = 0; i < folders.Count; i++)
        {
            foreach (var folder in new DirectoryInfo(folders[i]).EnumerateDirectories())
                if (folder.LinkTarget is null) folders.Add(folder.FullName);
        }
        Parallel.ForEach(folders, folder =>
        {
            try
            {
                foreach (var file in Directory.EnumerateFiles(folder)) File.Delete(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Left to the recursive delete that follows, which says whether the folder could be removed.
            }
        });
    }
}
