using System.Text.RegularExpressions;
using Classeur.Configuration;
using Classeur.Model;
using Classeur.Rendering;

namespace Classeur.Print;

/// <summary>
/// A binder as a list of pieces (<see cref="Pieces"/>) and the HTML of each piece that is not a fiche
/// (templates/impression/classeur.hbs): cover, table of contents, dividers (intercalaires). Page numbers
/// come from <c>pageOf</c> (an anchor's page, or « 000 » while the pages are counted): the contents,
/// an update's cover sheet and the index say where each fiche starts.
/// </summary>
internal static partial class BinderDocument
{
    /// <summary>The PDF's title: « Manuel de référence DTS – Le manuel complet ».</summary>
    public static string Title(Binder binder, SiteConfig config) => $"{config.ShortTitle ?? config.Title} – {binder.Title}";

    /// <summary>Cover, contents (not for an update), then dividers and fiches, in printed order.</summary>
    internal static IReadOnlyList<BinderPiece> Pieces(Binder binder, SiteConfig config)
    {
        var pieces = new List<BinderPiece> { new(BinderPieceKind.Cover, "couverture-" + binder.Slug) };
        if (binder.Update is not null) return [.. pieces, .. binder.Fiches.Select(f => FichePiece(f, 0, null))];
        pieces.Add(new(BinderPieceKind.Contents, "sommaire-" + binder.Slug));
        if (binder.IsExtract) return pieces;
        pieces.AddRange(binder.Before.Select(p => FichePiece(p, 0, null)));
        foreach (var part in BinderPlan.Parts(binder.Fiches))
        {
            var key = part.Key.ToLowerInvariant();
            var partTitle = ManualStructure.PartTitle(config, part.First().Type);
            pieces.Add(new(BinderPieceKind.Divider, "partie-" + key, Divider: new BinderDivider("partie-" + key, false, [config.ShortTitle ?? config.Title], [new DividerHeading(null, 0, partTitle)]), Part: key));
            string[] open = [];
            foreach (var fiche in part)
            {
                var path = ManualStructure.SectionPath(fiche.Id).ToArray();
                var opened = path.Skip(Common(open, path)).ToList();
                if (opened.Count > 0)
                {
                    var divider = SectionDivider(config, partTitle, path, opened);
                    pieces.Add(new(BinderPieceKind.Divider, divider.Anchor, Divider: divider, Part: key));
                }
                open = path;
                pieces.Add(FichePiece(fiche, 1 + path.Length, key));
            }
        }
        pieces.AddRange(binder.After.Select(p => FichePiece(p, 0, null)));
        return pieces;
    }

    private static BinderPiece FichePiece(Fiche fiche, int depth, string? part) => new(BinderPieceKind.Fiche, PaperFiches.Anchor(fiche), fiche, null, depth, part);

    /// <summary>The HTML of a cover, contents or divider piece; its texts with French spaces (« DTS ? » never breaks before « ? »).</summary>
    internal static string Render(BinderPiece piece, Binder binder, PaperFiches paper, PrintTemplates templates, Func<string, string> pageOf)
    {
        var config = paper.Config;
        var divider = piece.Divider is { } d
            ? d with { Context = [.. d.Context.Select(FrenchSpacing.Apply)], Headings = [.. d.Headings.Select(h => h with { Text = FrenchSpacing.Apply(h.Text) })] }
            : null;
        BinderCover? cover = null;
        if (piece.Kind == BinderPieceKind.Cover)
            cover = new BinderCover(config.Publisher, config.Title, binder.Title, binder.Criteria, config.Edition,
                binder.Update is { } update ? Update(binder, update, config, pageOf) : null);
        var contents = piece.Kind == BinderPieceKind.Contents
            ? [.. Contents(binder, config, pageOf).Select(e => e with { Text = FrenchSpacing.Apply(e.Text) })]
            : new List<ContentsEntry>();
        var model = new BinderPieceModel(config.Language, Title(binder, config), config.Label("sommaire"),
            config.Label("version_imprimee"), config.Label("version_nouvelle"), cover, contents, divider);
        return templates.Render(PrintTemplates.Binder, model);
    }

    /// <summary>A fiche's page references (the index's « (p. 000) ») with the pages where their targets start.</summary>
    internal static string WritePages(string html, Func<string, string> pageOf) =>
        PageReference().Replace(html, m => m.Groups[1].Value + pageOf(m.Groups[2].Value) + "<");

    /// <summary>« Depuis l’édition … », then which fiches to replace (old → new version), add and take out.</summary>
    private static BinderUpdate Update(Binder binder, Editions.EditionChanges update, SiteConfig config, Func<string, string> pageOf)
    {
        UpdateEntry Entry(Fiche fiche) => new(fiche.CitationText, PaperFiches.Anchor(fiche),
            update.Baseline.Find(fiche.Id.Value)?.Version, FicheEdition.Of(fiche, config), pageOf(PaperFiches.Anchor(fiche)));
        return new BinderUpdate(
            $"{config.Label("mise_a_jour_depuis")} {update.Edition.Description}.",
            config.Label("mise_a_jour_remplacer"), [.. update.Changed.Where(binder.Fiches.Contains).Select(Entry)],
            config.Label("mise_a_jour_ajouter"), [.. update.Added.Where(binder.Fiches.Contains).Select(Entry)],
            config.Label("mise_a_jour_retirer"), [.. update.Removed.Select(f => new UpdateEntry(f.Citation, null, f.Version, null, ""))]);
    }

    /// <summary>Every part, section and fiche, each with the page where it starts.</summary>
    private static List<ContentsEntry> Contents(Binder binder, SiteConfig config, Func<string, string> pageOf)
    {
        var entries = new List<ContentsEntry>();
        void Add(string kind, string anchor, string text) => entries.Add(new(kind, anchor, text, pageOf(anchor)));
        foreach (var page in binder.Before) Add("toc-page", PaperFiches.Anchor(page), page.ShortTitle ?? page.Title);
        foreach (var part in BinderPlan.Parts(binder.Fiches))
        {
            Add("toc-partie", "partie-" + part.Key.ToLowerInvariant(), ManualStructure.PartTitle(config, part.First().Type));
            string[] open = [];
            foreach (var fiche in part)
            {
                var path = ManualStructure.SectionPath(fiche.Id).ToArray();
                foreach (var section in path.Skip(Common(open, path)))
                    Add(section.Contains('-', StringComparison.Ordinal) ? "toc-sous-section" : "toc-section", "section-" + section.ToLowerInvariant(), ManualStructure.SectionTitle(config, section));
                open = path;
                Add("toc-fiche", PaperFiches.Anchor(fiche), fiche.CitationText);
            }
        }
        foreach (var page in binder.After) Add("toc-page", PaperFiches.Anchor(page), page.ShortTitle ?? page.Title);
        return entries;
    }

    private static BinderDivider SectionDivider(SiteConfig config, string partTitle, string[] path, List<string> opened)
    {
        var context = new List<string> { partTitle };
        context.AddRange(path.Take(path.Length - opened.Count).Select(outer => ManualStructure.SectionTitle(config, outer)));
        var headings = opened.Select((section, i) => new DividerHeading(i == 0 ? null : "section-" + section.ToLowerInvariant(),
            2 + path.Length - opened.Count + i, ManualStructure.SectionTitle(config, section))).ToList();
        return new BinderDivider("section-" + opened[0].ToLowerInvariant(), true, context, headings);
    }

    private static int Common(string[] a, string[] b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }

    [GeneratedRegex("(data-cible=\"([^\"]+)\">)000<")]
    private static partial Regex PageReference();
}
