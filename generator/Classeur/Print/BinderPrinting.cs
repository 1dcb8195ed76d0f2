using System.Globalization;

namespace Classeur.Print;

/// <summary>
/// Prints the binders of one `print`: all in one document laid out once by Paged.js (npm `pagedjs`, MIT,
/// pinned in templates/package.json), with templates/impression/reliure.css and reliure.js. The binder
/// that holds the fiches prints whole; each extract (a part of the manual) prints as its own cover and
/// contents followed by the whole manual's pages of that part.
/// </summary>
internal static class BinderPrinting
{
    public static async Task<IReadOnlyList<PrintedPdf>> PrintAsync(PdfPrinter printer, PaperFiches paper, PrintTemplates templates,
        IReadOnlyList<Binder> binders, Action<string> printed)
    {
        if (binders.Count == 0) return [];
        // Extracts first: Chromium prints page ranges in ascending order, so a part's cover must come before its pages.
        var ordered = binders.OrderBy(b => b.IsExtract ? 0 : 1).ToList();
        var html = BinderDocument.Render(ordered, paper, templates);
        var holder = ordered.Single(b => !b.IsExtract);
        string[] scripts = [.. PrintFiles.Hyphenation, PrintFiles.PagedJs, PrintTemplates.Folder + "/reliure.js"];
        var pdfs = await printer.PrintPagedAsync(holder.Slug, html, scripts, layout => [.. binders.Select(b => (Range(b, holder, layout), BinderDocument.Title(b, paper.Config)))]).ConfigureAwait(false);
        var result = new List<PrintedPdf>(binders.Count);
        for (var i = 0; i < binders.Count; i++)
        {
            result.Add(new PrintedPdf(binders[i].RelativePath, binders[i].Title, PdfFile.PageCount(pdfs[i]), pdfs[i]));
            printed(binders[i].Title);
        }
        return result;
    }

    /// <summary>The pages of a binder: its own; for an extract, its cover and contents, then its part's pages in the holder.</summary>
    private static string Range(Binder binder, Binder holder, PagedLayout layout)
    {
        var own = layout.Ranges[binder.Slug];
        var text = string.Create(CultureInfo.InvariantCulture, $"{own[0]}-{own[1]}");
        if (!binder.IsExtract) return text;
        var first = binder.Fiches[0];
        var start = layout.Anchors["partie-" + Rendering.ManualStructure.PartKey(first.Type).ToLowerInvariant()];
        // The part ends where the next part, or the pages after the parts (index, bibliographie), begin.
        var following = layout.Anchors.Where(a => a.Key.StartsWith("partie-", StringComparison.Ordinal) || holder.After.Any(p => PaperFiches.Anchor(p) == a.Key))
            .Select(a => a.Value).Where(page => page > start).DefaultIfEmpty(layout.Ranges[holder.Slug][1] + 1).Min();
        return text + string.Create(CultureInfo.InvariantCulture, $",{start}-{following - 1}");
    }
}
