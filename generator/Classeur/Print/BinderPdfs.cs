using Classeur.Configuration;

namespace Classeur.Print;

/// <summary>
/// Prints binders: each one assembled by <see cref="BinderDocument"/>, laid out by Paged.js (npm
/// `pagedjs`, MIT, pinned in templates/package.json) with templates/impression/reliure.css and
/// reliure.js, and printed by Chromium with its outline (bookmarks) built from the headings.
/// </summary>
public static class BinderPdfs
{
    /// <summary>Where the binder's own stylesheet and script live: in the templates, not in the published site.</summary>
    public const string TemplatesFolder = "impression";

    /// <summary>The one file of the npm package that Chromium loads, relative to node_modules.</summary>
    public const string PagedJsModule = "pagedjs/dist/paged.polyfill.js";

    public static string PagedJs(string templatesDirectory) =>
        Path.Combine(templatesDirectory, "node_modules", PagedJsModule.Replace('/', Path.DirectorySeparatorChar));

    public static async Task<IReadOnlyList<PrintedPdf>> PrintAsync(PdfPrinter printer, string siteDirectory, string templatesDirectory,
        SiteConfig config, IReadOnlyList<Binder> binders, IProgress<PrintProgress>? progress = null, int done = 0, int total = 0)
    {
        var pagedJs = PagedJs(templatesDirectory);
        if (!File.Exists(pagedJs))
            throw new PrintFailedException($"Paged.js manque ({pagedJs}) : il compose les classeurs. Lancez « npm ci --prefix templates » (Node.js est nécessaire).");
        var stylesheet = File.ReadAllText(Path.Combine(templatesDirectory, TemplatesFolder, "reliure.css"));
        var handler = Path.Combine(templatesDirectory, TemplatesFolder, "reliure.js");
        total = Math.Max(total, done + binders.Count);

        var printed = new List<PrintedPdf>(binders.Count);
        Directory.CreateDirectory(Path.Combine(siteDirectory, FichePdfs.Folder));
        foreach (var binder in binders)
        {
            progress?.Report(new PrintProgress(++done, total, binder.Title));
            var html = BinderDocument.Render(binder, config, siteDirectory, stylesheet);
            var (pdf, _) = await printer.PrintPagedAsync(siteDirectory, BinderDocument.RelativeUrl(binder), html, [pagedJs, handler]).ConfigureAwait(false);
            FichePdfs.Write(Path.Combine(siteDirectory, binder.RelativePath), pdf);
            printed.Add(new PrintedPdf(binder.RelativePath, binder.Title, PdfFile.PageCount(pdf), pdf.Length));
        }
        return printed;
    }
}
