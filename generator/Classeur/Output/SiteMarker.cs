namespace Classeur.Output;

/// <summary>
/// The file every build leaves at the root of the site, written last: it tells a folder Classeur wrote
/// (and may replace whole) from any other, and a complete staging folder from an interrupted one.
/// </summary>
internal static class SiteMarker
{
    public const string FileName = ".classeur-site";

    public const string Text =
        "Ce dossier est le site construit par Classeur. Il est remplacé entier à chaque construction :\n" +
        "n'y placez rien à la main, tout y serait effacé.\n";

    public static bool IsPresent(string folder) => File.Exists(Path.Combine(folder, FileName));

    /// <summary>
    /// Absent, empty, marked, or built by a version of Classeur older than the marker: an index.html
    /// and the search index, beside nothing but folders and HTML pages (no CNAME, notes, dot files).
    /// </summary>
    public static bool IsReplaceable(string folder)
    {
        if (!Directory.Exists(folder) || IsPresent(folder)) return true;
        var entries = new DirectoryInfo(folder).GetFileSystemInfos();
        if (entries.Length == 0) return true;
        return File.Exists(Path.Combine(folder, "index.html"))
            && File.Exists(Path.Combine(folder, "assets", "recherche-index.js"))
            && entries.All(e => !e.Name.StartsWith('.') && (e is DirectoryInfo || e.Name.EndsWith(".html", StringComparison.Ordinal)));
    }

    /// <summary>Up to three names in the folder that an older Classeur would not have written, for the message.</summary>
    public static IReadOnlyList<string> ForeignEntries(string folder)
    {
        var entries = new DirectoryInfo(folder).GetFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        var foreign = entries.Where(e => e.Name.StartsWith('.') || (e is not DirectoryInfo && !e.Name.EndsWith(".html", StringComparison.Ordinal))).ToList();
        return [.. (foreign.Count > 0 ? foreign : entries).Take(3).Select(e => e.Name)];
    }
}
