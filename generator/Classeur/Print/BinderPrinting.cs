using System.Globalization;
using Classeur.Model;
using Classeur.Rendering;

namespace Classeur.Print;

/// <summary>
/// Prints the binders of one `print` without a layout engine in the page: each piece (cover, contents,
/// divider, fiche) is printed by Chromium with its own page rules, and PdfPig puts them together
/// (<see cref="BinderAssembly"/>). Every piece starts on a recto, so where each starts follows from the
/// page counts: the fiches' come from their own PDFs, the other pieces are counted by a first print.
/// Then every numbered piece is printed with its pages' numbers (numeros.css) and the pages it cites
/// (contents, an update's cover sheet, the index), until no page count moves; a fiche is not printed
/// again: its own PDF's pages are used, their numbers stamped by <see cref="BinderAssembly"/>. A part printed with the
/// whole manual is its own cover and contents, then the whole manual's pages of that part.
/// </summary>
internal static class BinderPrinting
{
    private const int MaxRounds = 4;

    public static async Task<IReadOnlyList<PrintedPdf>> PrintAsync(IPdfPrinter printer, PaperFiches paper, PrintTemplates templates,
        IReadOnlyList<Binder> binders, Task<IReadOnlyList<(Fiche Fiche, PrintedPdf Pdf)>> fichePdfs, byte[] cornerFont, Action<string> printed)
    {
        if (binders.Count == 0) return [];
        var holder = binders.Single(b => !b.IsExtract);
        var job = new PieceJob(printer, paper, templates, holder.AllFiches.ToHashSet());
        var pieces = BinderDocument.Pieces(holder, paper.Config);

        // Page counts: a fiche's own PDF, a divider's single page, a first print of the others, which
        // starts at once: only a fiche's count waits for the fiches' PDFs.
        var blank = job.BlankAsync();
        var ownTask = OwnAsync(fichePdfs);
        async Task<int> CountAsync(BinderPiece piece)
        {
            if (piece.Kind == BinderPieceKind.Divider) return 1;
            if (piece.Fiche is { } f && (await ownTask.ConfigureAwait(false)).TryGetValue(f, out var pdf)) return pdf.Pages;
            return (await job.PrintAsync(holder, piece, null, null).ConfigureAwait(false)).Pages;
        }
        var counts = await Task.WhenAll(pieces.Select(CountAsync)).ConfigureAwait(false);
        var own = await ownTask.ConfigureAwait(false);

        PrintedPiece[] final;
        for (var round = 0; ; round++)
        {
            var starts = Starts(counts);
            var anchors = Anchors(pieces, starts);
            // A fiche's pages in the binder are its own PDF's, printed once: only its corner numbers differ,
            // and they are stamped when the binder is assembled (its page count cannot move).
            final = await Task.WhenAll(pieces.Select((piece, i) => piece.Numbered && piece.Fiche is { } f && own.TryGetValue(f, out var pdf)
                ? Task.FromResult(new PrintedPiece(piece, pdf.Content, starts[i], pdf.Pages))
                : job.PrintAsync(holder, piece, anchors, piece.Numbered ? starts[i] : null))).ConfigureAwait(false);
            var moved = final.Select(p => p.Pages).ToArray();
            if (moved.SequenceEqual(counts)) break;
            if (round == MaxRounds) throw new PrintFailedException($"les numéros de page de « {holder.Title} » ne se stabilisent pas.");
            counts = moved;
        }

        var holderSlots = Slots(final);
        var holderAnchors = Anchors(pieces, Starts(counts));
        var verso = await blank.ConfigureAwait(false);
        // The parts' covers and contents print while the binders are assembled, each binder on its own thread.
        var extracts = binders.Where(b => b.IsExtract).ToDictionary(b => b,
            b => Task.WhenAll(BinderDocument.Pieces(b, paper.Config).Select(p => job.PrintAsync(b, p, holderAnchors, null))));
        async Task<PrintedPdf> AssembleAsync(Binder binder)
        {
            var slots = holderSlots;
            if (binder.IsExtract)
            {
                // Its cover and contents (not numbered), then the whole manual's pages of its part, numbers included.
                var own2 = await extracts[binder].ConfigureAwait(false);
                var key = Rendering.ManualStructure.PartKey(binder.Fiches[0].Type).ToLowerInvariant();
                var from = holderSlots.FindIndex(s => s.Piece?.Piece.Part == key);
                var to = holderSlots.FindLastIndex(s => s.Piece?.Piece.Part == key);
                while (to + 1 < holderSlots.Count && holderSlots[to + 1].Piece is null) to++;
                slots = [.. Slots(own2), .. holderSlots.Skip(from).Take(to - from + 1)];
            }
            var pdf = await Task.Run(() => BinderAssembly.Assemble(BinderDocument.Title(binder, paper.Config), paper.Config.Language, slots, verso, cornerFont)).ConfigureAwait(false);
            return new PrintedPdf(binder.RelativePath, binder.Title, slots.Count, pdf);
        }
        // Assembled in parallel, announced in the binders' own order: the progress reads the same on every run.
        var assembling = binders.Select(AssembleAsync).ToList();
        var done = new PrintedPdf[assembling.Count];
        for (var i = 0; i < assembling.Count; i++)
        {
            done[i] = await assembling[i].ConfigureAwait(false);
            printed(binders[i].Title);
        }
        return done;
    }

    private static async Task<Dictionary<Fiche, PrintedPdf>> OwnAsync(Task<IReadOnlyList<(Fiche Fiche, PrintedPdf Pdf)>> fichePdfs) =>
        (await fichePdfs.ConfigureAwait(false)).ToDictionary(p => p.Fiche, p => p.Pdf);

    /// <summary>The first page of each piece: every piece starts on a recto (an odd page).</summary>
    private static int[] Starts(int[] counts)
    {
        var starts = new int[counts.Length];
        var next = 1;
        for (var i = 0; i < counts.Length; i++)
        {
            starts[i] = next;
            next += counts[i] + counts[i] % 2;
        }
        return starts;
    }

    /// <summary>The page of every anchor a page reference may name: fiches, parts, sections (a divider may open two).</summary>
    private static Dictionary<string, int> Anchors(IReadOnlyList<BinderPiece> pieces, int[] starts)
    {
        var anchors = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < pieces.Count; i++)
        {
            anchors.TryAdd(pieces[i].Anchor, starts[i]);
            foreach (var heading in pieces[i].Divider?.Headings ?? [])
                if (heading.Anchor is { } anchor) anchors.TryAdd(anchor, starts[i]);
        }
        return anchors;
    }

    /// <summary>The pages in order, a blank verso (null) after a piece of an odd number of pages.</summary>
    private static List<BinderAssembly.Slot> Slots(IReadOnlyList<PrintedPiece> pieces)
    {
        var slots = new List<BinderAssembly.Slot>();
        foreach (var piece in pieces)
        {
            for (var page = 1; page <= piece.Pages; page++) slots.Add(new(piece, page));
            if (piece.Pages % 2 == 1) slots.Add(new(null, 0));
        }
        return slots;
    }

    /// <summary>Prints one piece: its HTML, its page references and, if numbered, its pages' numbers.</summary>
    private sealed class PieceJob(IPdfPrinter printer, PaperFiches paper, PrintTemplates templates, HashSet<Fiche> held)
    {
        public async Task<PrintedPiece> PrintAsync(Binder binder, BinderPiece piece, Dictionary<string, int>? anchors, int? firstPage)
        {
            string PageOf(string anchor) => anchors is null ? BinderPieceModel.Placeholder
                : anchors.TryGetValue(anchor, out var page) ? page.ToString(CultureInfo.InvariantCulture) : "";
            var html = piece.Fiche is { } fiche
                ? BinderDocument.WritePages(FicheDocument.Render(paper, templates, fiche, f => held.Contains(f) ? PaperFiches.Anchor(f) : null), PageOf)
                : BinderDocument.Render(piece, binder, paper, templates, PageOf);
            if (firstPage is { } first) html = Numbered(html, first);
            return new PrintedPiece(piece, await printer.PrintAsync($"{binder.Slug}-{piece.Anchor}", html).ConfigureAwait(false));
        }

        /// <summary>A page without anything: the verso left blank after a piece that ends on a recto.</summary>
        public async Task<byte[]> BlankAsync() =>
            await printer.PrintAsync("verso", $"<!DOCTYPE html><html lang=\"{paper.Config.Language}\"><head><meta charset=\"utf-8\"><title>verso</title><link rel=\"stylesheet\" href=\"impression.css\"></head><body></body></html>").ConfigureAwait(false);

        /// <summary>numeros.css and the counter style that gives page i of the piece its number in the binder.</summary>
        private static string Numbered(string html, int first)
        {
            // Enough symbols for the piece to grow a few pages: a longer piece is printed again anyway.
            var symbols = string.Join(' ', Enumerable.Range(first, 400).Select(n => $"\"{n.ToString(CultureInfo.InvariantCulture)}\""));
            var head = $"<link rel=\"stylesheet\" href=\"numeros.css\"><style>@counter-style classeur-page {{ system: fixed; symbols: {symbols}; }}</style></head>";
            var at = html.IndexOf("</head>", StringComparison.Ordinal);
            return at < 0 ? html : string.Concat(html.AsSpan(0, at), head, html.AsSpan(at + "</head>".Length));
        }
    }
}
