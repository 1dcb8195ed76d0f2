namespace Classeur.Print;

/// <summary>
/// What a printed document may load, by the path it asks for: impression/… (the print stylesheets and
/// scripts of the templates), node_modules/… (the hyphenation patterns and the fonts, from
/// the templates' npm packages) and contenu/… (the content's images, where the site publishes them).
/// Anything else, or anything outside those folders, is not found.
/// </summary>
public sealed class PrintFiles(string templatesDirectory, string contentDirectory)
{
    private readonly (string Prefix, string Folder)[] _roots =
    [
        (PrintTemplates.Folder + "/", Path.Combine(templatesDirectory, PrintTemplates.Folder)),
        ("node_modules/", Path.Combine(templatesDirectory, "node_modules")),
        (Linking.SiteUrls.ForContentFile(""), contentDirectory),
    ];

    public string TemplatesDirectory { get; } = templatesDirectory;

    /// <summary>The file for a request path (no leading slash), or null.</summary>
    public string? Find(string path)
    {
        foreach (var (prefix, folder) in _roots)
        {
            if (!path.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
            var file = Path.GetFullPath(Path.Combine(root, path[prefix.Length..]));
            return file.StartsWith(root, StringComparison.Ordinal) && File.Exists(file) ? file : null;
        }
        return null;
    }

    /// <summary>The hyphenation library and its French patterns (npm « hyphen », ISC, TeX's hyph-fr patterns), then the script that uses them.</summary>
    public static readonly IReadOnlyList<string> Hyphenation =
        ["node_modules/hyphen/hyphen.js", "node_modules/hyphen/patterns/fr.js", PrintTemplates.Folder + "/typographie.js"];

    /// <summary>
    /// Every npm file a printed document loads, relative to node_modules: the hyphenation
    /// library and the fonts that impression.css declares (a test holds the two lists equal).
    /// </summary>
    public static readonly IReadOnlyList<string> NodeModules =
    [
        "hyphen/hyphen.js", "hyphen/patterns/fr.js",
        .. new[] { "400-normal", "400-italic", "700-normal", "700-italic" }.Select(f => $"@fontsource/source-serif-4/files/source-serif-4-latin-{f}.woff2"),
        .. new[] { "400-normal", "400-italic", "600-normal", "700-normal" }.Select(f => $"@fontsource/source-sans-3/files/source-sans-3-latin-{f}.woff2"),
        CornerFont,
    ];

    /// <summary>
    /// The face of the corner numbers that Classeur stamps on a fiche's pages in a binder, as WOFF (PdfPig
    /// embeds TrueType; WOFF 2 would need Brotli and its glyph transforms undone).
    /// </summary>
    public const string CornerFont = "@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff";

    /// <summary>A French message naming the npm files that are missing, or null when all are there.</summary>
    public string? Missing()
    {
        var missing = NodeModules.Where(p => Find("node_modules/" + p) is null).ToList();
        return missing.Count == 0 ? null
            : $"des fichiers d'impression manquent dans node_modules ({string.Join(", ", missing)}) : lancez « npm ci --prefix {Path.GetFileName(TemplatesDirectory.TrimEnd(Path.DirectorySeparatorChar))} » (Node.js est nécessaire).";
    }
}
