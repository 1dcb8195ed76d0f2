using Classeur.Model;
using Classeur.Rendering;

namespace Classeur.Print;

/// <summary>
/// One PDF per fiche, each its own document laid out by Chromium, several at a time in tabs of the same
/// browser (as many as the printer takes at once). The binders reuse these PDFs as their fiches' pages.
/// </summary>
internal static class FichePrinting
{
    public static async Task<IReadOnlyList<(Fiche Fiche, PrintedPdf Pdf)>> PrintAsync(IPdfPrinter printer, PaperFiches paper, PrintTemplates templates,
        IReadOnlyList<Fiche> fiches, Action<string> printed) =>
        await Task.WhenAll(fiches.Select(async fiche =>
        {
            var html = FicheDocument.Render(paper, templates, fiche);
            var pdf = await printer.PrintAsync("fiche-" + fiche.Id.Value.ToLowerInvariant(), html).ConfigureAwait(false);
            printed(fiche.CitationText);
            return (fiche, new PrintedPdf(FichePdfs.RelativePath(fiche), fiche.CitationText, PdfFile.PageCount(pdf), pdf));
        })).ConfigureAwait(false);
}
