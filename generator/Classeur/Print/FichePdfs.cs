using Classeur.Model;

namespace Classeur.Print;

/// <summary>
/// One PDF per fiche, printed from the built site's own page (so the browser's « Imprimer » and
/// `classeur print` give the same pages), written under imprimer/ in the output folder.
/// </summary>
public static class FichePdfs
{
    public const string Folder = "imprimer";

    /// <summary>Where a fiche's PDF goes, relative to the output folder: imprimer/fiche-i-c-2-a.pdf.</summary>
    public static string RelativePath(Fiche fiche) => $"{Folder}/fiche-{fiche.Id.Value.ToLowerInvariant()}.pdf";

    /// <summary>The fiches that have a PDF of their own: every fiche of the three parts, in the manual's order.</summary>
    public static IReadOnlyList<Fiche> Printable(Manual manual) => manual.Fiches.Where(f => f.Type != FicheType.Page && !FicheTypes.IsLibrary(f.Type)).ToList();

    public static async Task<IReadOnlyList<PrintedPdf>> PrintAsync(PdfPrinter printer, string siteDirectory,
        IReadOnlyList<Fiche> fiches, IProgress<PrintProgress>? progress = null)
    {
        var printed = new List<PrintedPdf>(fiches.Count);
        Directory.CreateDirectory(Path.Combine(siteDirectory, Folder));
        for (var i = 0; i < fiches.Count; i++)
        {
            var fiche = fiches[i];
            progress?.Report(new PrintProgress(i + 1, fiches.Count, fiche.CitationText));
            var page = new Uri(Path.Combine(siteDirectory, fiche.Url));
            var pdf = await printer.PrintAsync(page).ConfigureAwait(false);
            var relative = RelativePath(fiche);
            Write(Path.Combine(siteDirectory, relative), pdf);
            printed.Add(new PrintedPdf(relative, fiche.CitationText, PdfFile.PageCount(pdf), pdf.Length));
        }
        return printed;
    }

    /// <summary>Written beside, then moved: a reader never opens half a PDF.</summary>
    internal static void Write(string path, byte[] pdf)
    {
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, pdf);
        File.Move(temporary, path, overwrite: true);
    }
}
