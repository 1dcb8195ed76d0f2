using Classeur.Configuration;
using Classeur.Model;
using Classeur.Rendering;

namespace Classeur.Print;

/// <summary>
/// The HTML of binders (templates/impression/classeur.hbs), laid out by Paged.js: cover, table of
/// contents, dividers (intercalaires) and printed fiches. Several binders may share one document: the
/// first holds the fiches, the others (<see cref="Binder.IsExtract"/>) only a cover and contents that
/// lead to its pages, so that the whole manual and its parts are composed once. A fiche cited by another
/// of the document is linked to its anchor, which Paged.js numbers with target-counter() and Chromium
/// keeps as a link; headings carry aria-level so that the PDF outline nests fiches under their part.
/// </summary>
public static class BinderDocument
{
    public static string Render(IReadOnlyList<Binder> binders, PaperFiches paper, PrintTemplates templates)
    {
        var config = paper.Config;
        var held = binders.Where(b => !b.IsExtract).SelectMany(b => b.AllFiches).ToHashSet();
        string? AnchorOf(Fiche fiche) => held.Contains(fiche) ? PaperFiches.Anchor(fiche) : null;
        var views = binders.Select(b => View(b, paper, AnchorOf)).ToList();
        var model = new BinderComposition(config.Language, Title(binders.First(b => !b.IsExtract), config),
            config.Label("page"), config.Label("sommaire"), binders.First(b => !b.IsExtract).Slug,
            config.Label("version_imprimee"), config.Label("version_nouvelle"), views);
        return templates.Render(PrintTemplates.Binder, model);
    }

    /// <summary>The PDF's title: « Manuel de référence DTS – Le manuel complet ».</summary>
    public static string Title(Binder binder, SiteConfig config) => $"{config.ShortTitle ?? config.Title} – {binder.Title}";

    private static BinderView View(Binder binder, PaperFiches paper, Func<Fiche, string?> anchorOf)
    {
        var config = paper.Config;
        var cover = new BinderCover(config.Publisher, config.Title, binder.Title, binder.Criteria, config.Edition);
        if (binder.Update is { } update)
            return new BinderView(binder.Slug, cover, Update(binder, update, config), [], [.. binder.Fiches.Select(f => new BinderBlock(null, FicheBlock(f, paper, anchorOf, 1)))]);
        var contents = Contents(binder, config);
        var blocks = binder.IsExtract ? [] : Blocks(binder, paper, anchorOf);
        return new BinderView(binder.Slug, cover, null, contents, blocks);
    }

    /// <summary>« Depuis l’édition … », then which fiches to replace (old → new version), add and take out.</summary>
    private static BinderUpdate Update(Binder binder, Editions.EditionChanges update, SiteConfig config)
    {
        UpdateEntry Entry(Fiche fiche) => new(fiche.CitationText, PaperFiches.Anchor(fiche),
            update.Baseline.Find(fiche.Id.Value)?.Version, FicheEdition.Of(fiche, config));
        return new BinderUpdate(
            $"{config.Label("mise_a_jour_depuis")} {update.Edition.Description}.",
            config.Label("mise_a_jour_remplacer"), [.. update.Changed.Where(binder.Fiches.Contains).Select(Entry)],
            config.Label("mise_a_jour_ajouter"), [.. update.Added.Where(binder.Fiches.Contains).Select(Entry)],
            config.Label("mise_a_jour_retirer"), [.. update.Removed.Select(f => new UpdateEntry(f.Citation, null, f.Version, null))]);
    }

    /// <summary>Every part, section and fiche; the stylesheet prints the page where each starts (target-counter).</summary>
    private static List<ContentsEntry> Contents(Binder binder, SiteConfig config)
    {
        var entries = new List<ContentsEntry>();
        foreach (var page in binder.Before) entries.Add(new("toc-page", PaperFiches.Anchor(page), page.ShortTitle ?? page.Title));
        foreach (var part in BinderPlan.Parts(binder.Fiches))
        {
            entries.Add(new("toc-partie", "partie-" + part.Key.ToLowerInvariant(), ManualStructure.PartTitle(config, part.First().Type)));
            string[] open = [];
            foreach (var fiche in part)
            {
                var path = ManualStructure.SectionPath(fiche.Id).ToArray();
                foreach (var section in path.Skip(Common(open, path)))
                    entries.Add(new(section.Contains('-', StringComparison.Ordinal) ? "toc-sous-section" : "toc-section", "section-" + section.ToLowerInvariant(), ManualStructure.SectionTitle(config, section)));
                open = path;
                entries.Add(new("toc-fiche", PaperFiches.Anchor(fiche), fiche.CitationText));
            }
        }
        foreach (var page in binder.After) entries.Add(new("toc-page", PaperFiches.Anchor(page), page.ShortTitle ?? page.Title));
        return entries;
    }

    private static List<BinderBlock> Blocks(Binder binder, PaperFiches paper, Func<Fiche, string?> anchorOf)
    {
        var config = paper.Config;
        var blocks = new List<BinderBlock>();
        foreach (var page in binder.Before) blocks.Add(new(null, FicheBlock(page, paper, anchorOf, 1)));
        foreach (var part in BinderPlan.Parts(binder.Fiches))
        {
            var partTitle = ManualStructure.PartTitle(config, part.First().Type);
            blocks.Add(new(new BinderDivider("partie-" + part.Key.ToLowerInvariant(), false, [config.ShortTitle ?? config.Title], [new DividerHeading(null, 0, partTitle)]), null));
            string[] open = [];
            foreach (var fiche in part)
            {
                var path = ManualStructure.SectionPath(fiche.Id).ToArray();
                var opened = path.Skip(Common(open, path)).ToList();
                if (opened.Count > 0) blocks.Add(new(SectionDivider(config, partTitle, path, opened), null));
                open = path;
                blocks.Add(new(null, FicheBlock(fiche, paper, anchorOf, 2 + path.Length)));
            }
        }
        foreach (var page in binder.After) blocks.Add(new(null, FicheBlock(page, paper, anchorOf, 1)));
        return blocks;
    }

    private static BinderDivider SectionDivider(SiteConfig config, string partTitle, string[] path, List<string> opened)
    {
        var context = new List<string> { partTitle };
        context.AddRange(path.Take(path.Length - opened.Count).Select(outer => ManualStructure.SectionTitle(config, outer)));
        var headings = opened.Select((section, i) => new DividerHeading(i == 0 ? null : "section-" + section.ToLowerInvariant(),
            2 + path.Length - opened.Count + i, ManualStructure.SectionTitle(config, section))).ToList();
        return new BinderDivider("section-" + opened[0].ToLowerInvariant(), true, context, headings);
    }

    private static BinderFicheBlock FicheBlock(Fiche fiche, PaperFiches paper, Func<Fiche, string?> anchorOf, int level) =>
        new(PaperFiches.Anchor(fiche), FicheDocument.FooterLabel(fiche), FicheEdition.Of(fiche, paper.Config), paper.Article(fiche, anchorOf, level));

    private static int Common(string[] a, string[] b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }
}
