using Classeur.Model;

namespace Classeur.Print;

/// <summary>
/// One PDF per fiche, each its own document laid out by Chromium (no Paged.js), several at a time in
/// tabs of the same browser: rendering a fiche waits on Chromium, printing it on the CPU, so the work
/// of one overlaps the other's.
/// </summary>
internal static class FichePrinting
{
    /// <summary>Tabs printing at once: one per core, at least two.</summary>
    public static int Concurrency { get; } = Math.Max(2, Environment.ProcessorCount);

    public static async Task<IReadOnlyList<PrintedPdf>> PrintAsync(PdfPrinter printer, PaperFiches paper, PrintTemplates templates,
        IReadOnlyList<Fiche> fiches, Action<string> printed)
    {
        var results = new PrintedPdf[fiches.Count];
        using var slots = new SemaphoreSlim(Concurrency);
        await Task.WhenAll(fiches.Select(async (fiche, i) =>
        {
            await slots.WaitAsync().ConfigureAwait(false);
            try
            {
                var html = FicheDocument.Render(paper, templates, fiche);
                var pdf = await printer.PrintAsync("fiche-" + fiche.Id.Value.ToLowerInvariant(), html).ConfigureAwait(false);
                results[i] = new PrintedPdf(FichePdfs.RelativePath(fiche), fiche.CitationText, PdfFile.PageCount(pdf), pdf);
                printed(fiche.CitationText);
            }
            finally
            {
                slots.Release();
            }
        })).ConfigureAwait(false);
        return results;
    }
}
