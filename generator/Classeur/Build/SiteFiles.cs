namespace Classeur.Build;

/// <summary>Gathers every file of the output: rendered pages, the templates' assets, content assets.</summary>
internal static class SiteFiles
{
    public static Dictionary<string, object> Collect(
        IReadOnlyDictionary<string, string> pages, string templatesDirectory, string contentDirectory, IReadOnlyList<string> contentAssets)
    {
        var files = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var (path, html) in pages) files[path] = html;

        var templateAssets = Path.Combine(templatesDirectory, "assets");
        if (Directory.Exists(templateAssets))
        {
            foreach (var file in Directory.EnumerateFiles(templateAssets, "*", SearchOption.AllDirectories))
                files["assets/" + Path.GetRelativePath(templateAssets, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }
        foreach (var asset in contentAssets)
            files[Linking.SiteUrls.ForContentFile(asset)] = File.ReadAllBytes(Path.Combine(contentDirectory, asset));
        return files;
    }
}
