using Classeur.Diagnostics;

namespace Classeur.Search;

/// <summary>
/// The npm files the search needs in the browser (templates/package.json pins them), copied into the
/// site's assets. They come from templates/node_modules, which the CLI's build restores with `npm ci`.
/// </summary>
public static class BrowserPackages
{
    /// <summary>Path in node_modules → path in the site.</summary>
    public static readonly IReadOnlyList<(string Source, string Target)> Files =
    [
        ("lunr/lunr.min.js", "assets/lunr/lunr.min.js"),
        ("lunr-languages/min/lunr.stemmer.support.min.js", "assets/lunr/lunr.stemmer.support.min.js"),
        ("lunr-languages/min/lunr.fr.min.js", "assets/lunr/lunr.fr.min.js"),
    ];

    public static void AddTo(IDictionary<string, object> files, string templatesDirectory, string templatesRelative, DiagnosticBag diagnostics)
    {
        var modules = Path.Combine(templatesDirectory, "node_modules");
        foreach (var (source, target) in Files)
        {
            var path = Path.Combine(modules, source.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(path))
            {
                files[target] = File.ReadAllBytes(path);
                continue;
            }
            diagnostics.Report(DiagnosticCatalog.BrowserPackagesMissing, SourceLocation.File(templatesRelative + "/package.json"),
                templatesRelative + "/node_modules/" + source, templatesRelative);
            return;
        }
    }
}
