using Classeur.Diagnostics;

namespace Classeur.Content;

/// <summary>
/// Lists the files of a folder (content/, templates/) without ever leaving it. A symbolic link is
/// followed only when it leads inside the folder; one that leads out is reported (CLS0005) and not
/// read, so nothing foreign to the project is ever published. A link to a folder already listed (its
/// own parent, say: a loop) is reported (CLS0006) and not followed.
/// </summary>
internal static class FolderWalker
{
    public static List<string> Files(string folder, string projectRoot, DiagnosticBag diagnostics, Func<string, bool>? skipFolder = null)
    {
        var boundary = LinkGuard.RealPath(folder) ?? Path.GetFullPath(folder);
        var label = ContentLoader.Relative(projectRoot, folder) + "/";
        var realRoot = LinkGuard.RealPath(projectRoot) ?? projectRoot;
        var visited = new HashSet<string>(StringComparer.Ordinal) { boundary };
        var files = new List<string>();
        var folders = new Stack<(string Path, string Real)>([(folder, boundary)]);
        // Links to folders wait until every real folder is listed: a link to a sibling is then the
        // duplicate, never the sibling itself.
        var linked = new Queue<(string Path, string Real)>();
        while (true)
        {
            while (folders.TryPop(out var current))
            {
                foreach (var entry in Entries(current.Path, projectRoot, diagnostics))
                {
                    // The attribute comes with the listing; only links cost the extra call that reads their target.
                    if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && entry.LinkTarget is { } written)
                    {
                        var relative = ContentLoader.Relative(projectRoot, entry.FullName);
                        var target = LinkGuard.RealPath(entry.FullName);
                        if (target is null)
                            diagnostics.Report(DiagnosticCatalog.LinkLoop, SourceLocation.File(relative), $"(vers « {written} ») forme une boucle de liens");
                        else if (!LinkGuard.IsWithin(target, boundary))
                            diagnostics.Report(DiagnosticCatalog.LinkOutside, SourceLocation.File(relative), label, written);
                        else if (!Directory.Exists(target))
                            files.Add(entry.FullName); // a file, or a broken link: reading it says so
                        else if (skipFolder?.Invoke(entry.Name) != true)
                            linked.Enqueue((entry.FullName, target));
                    }
                    else if (entry is DirectoryInfo)
                    {
                        var inner = Path.Combine(current.Real, entry.Name);
                        if (skipFolder?.Invoke(entry.Name) != true && visited.Add(inner)) folders.Push((entry.FullName, inner));
                    }
                    else
                    {
                        files.Add(entry.FullName);
                    }
                }
            }
            if (!linked.TryDequeue(out var link)) return files;
            if (visited.Add(link.Real))
                folders.Push(link);
            else
                diagnostics.Report(DiagnosticCatalog.LinkLoop, SourceLocation.File(ContentLoader.Relative(projectRoot, link.Path)),
                    $"mène à un dossier déjà lu (« {ContentLoader.Relative(realRoot, link.Real)} »), une boucle ou un doublon");
        }
    }

    private static FileSystemInfo[] Entries(string directory, string projectRoot, DiagnosticBag diagnostics)
    {
        try
        {
            return new DirectoryInfo(directory).GetFileSystemInfos();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCatalog.UnreadableFile, SourceLocation.File(ContentLoader.Relative(projectRoot, directory)), IoMessages.French(e));
            return [];
        }
    }
}
