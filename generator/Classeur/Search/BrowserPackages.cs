using Classeur.Diagnostics;

namespace Classeur.Search;

/// <summary>
/// The npm files the search needs in the browser (templates/package.json pins them): lunr.js and
/// lunr-languages' French support, of which the search uses the pipeline (tokenizer, stop words,
/// accent folding, stemmer). They come from templates/node_modules, which the CLI's build restores with
/// `npm ci`, and are published as one script, each file as it is (licence headers kept), in order:
/// one request instead of three when a reader first searches.
/// </summary>
internal static class BrowserPackages
{
    /// <summary>Paths in node_modules, in the order they must run.</summary>
    public static readonly IReadOnlyList<string> Sources =
        ["lunr/lunr.min.js", "lunr-languages/min/lunr.stemmer.support.min.js", "lunr-languages/min/lunr.fr.min.js"];

    public const string BundlePath = "assets/lunr/lunr-fr.min.js";

    public static void AddTo(IDictionary<string, object> files, string templatesDirectory, string templatesRelative, DiagnosticBag diagnostics)
    {
        var modules = Path.Combine(templatesDirectory, "node_modules");
        using var bundle = new MemoryStream();
        foreach (var source in Sources)
        {
            var path = Path.Combine(modules, source.Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(path))
            {
                diagnostics.Report(DiagnosticCatalog.BrowserPackagesMissing, SourceLocation.File(templatesRelative + "/package.json"),
                    templatesRelative + "/node_modules/" + source, templatesRelative);
                return;
            }
            bundle.Write(File.ReadAllBytes(path));
            bundle.Write("\n;\n"u8);
        }
        files[BundlePath] = bundle.ToArray();
    }
}
