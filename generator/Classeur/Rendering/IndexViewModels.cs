using Classeur.Configuration;
using Classeur.Linking;
using Classeur.Model;
using Classeur.Rendering.Models;

namespace Classeur.Rendering;

/// <summary>
/// What the templates of the manual-wide pages see: the sommaire, the index of keywords and each
/// keyword's page, the bibliography. (ViewModels builds the fiche pages.)
/// </summary>
internal sealed class IndexViewModels(Manual manual, SiteConfig config)
{
    /// <summary>The sommaire: avant-propos, the three parts with their sections, annexes.</summary>
    public List<SommairePart> Sommaire(string page)
    {
        var parts = new List<SommairePart>();
        var before = manual.Fiches.Where(f => f.Type == FicheType.Page && config.PagesBefore.Contains(f.Id.Value)).ToList();
        if (before.Count > 0) parts.Add(Part("avant-propos", config.Label("avant_propos"), Items(page, before), null));

        var reperes = manual.OfType(FicheType.Repere).ToList();
        if (reperes.Count > 0)
        {
            var sections = reperes.GroupBy(r => ManualStructure.SectionPath(r.Id)[0]).Select(g =>
            {
                var subsections = g.Where(r => r.Id.Section != g.Key).GroupBy(r => r.Id.Section!).Select(sub => new SommaireSection(
                    ManualStructure.SectionTitle(config, sub.Key), "section-" + sub.Key.ToLowerInvariant(), Items(page, sub), [])).ToList();
                return new SommaireSection(ManualStructure.SectionTitle(config, g.Key), "section-" + g.Key.ToLowerInvariant(),
                    Items(page, g.Where(r => r.Id.Section == g.Key)), subsections);
            }).ToList();
            parts.Add(Part("partie-i", ManualStructure.PartTitle(config, FicheType.Repere), [], sections));
        }
        foreach (var type in new[] { FicheType.Methode, FicheType.Experience })
        {
            var fiches = manual.OfType(type).ToList();
            if (fiches.Count > 0)
                parts.Add(Part("partie-" + ManualStructure.PartKey(type).ToLowerInvariant(), ManualStructure.PartTitle(config, type), Items(page, fiches), null));
        }
        var after = manual.Fiches.Where(f => f.Type == FicheType.Page && !config.PagesBefore.Contains(f.Id.Value)).ToList();
        if (after.Count > 0) parts.Add(Part("annexes", config.Label("annexes"), Items(page, after), null));
        return parts;
    }

    /// <summary>The page of one keyword: its fiches grouped by type, each with its first « En bref » sentence.</summary>
    public KeywordView KeywordPage(Keyword keyword)
    {
        var page = SiteUrls.ForKeyword(keyword.Id);
        var groups = manual.WithKeyword(keyword.Id).Concat(manual.LibraryWithKeyword(keyword.Id)).GroupBy(f => f.Type).OrderBy(g => g.Key).Select(g => new KeywordGroup(
            config.Label(g.Key switch
            {
                FicheType.Ressource => "ressources_bibliotheque",
                FicheType.ExperienceExterne => "experiences_externes",
                FicheType.Page => "autres_pages",
                _ => FicheTypes.Key(g.Key) + "s",
            }),
            FicheTypes.IsLibrary(g.Key),
            g.Select(f => ViewModels.Link(page, f, f.Type is FicheType.Experience or FicheType.ExperienceExterne ? LinkPhase.Describe(f) : null)
                with
            { Summary = FicheSummary.FirstSentence(f) }).ToList())).ToList();
        return new(keyword.Id, keyword.Display, manual.WithKeyword(keyword.Id).Count, groups,
            SiteUrls.Relative(page, "pages/index.html") + "#mot-" + keyword.Id);
    }

    /// <summary>The index « Quelques mots clefs »: each keyword, in printed order, with its fiches as printed (ids).</summary>
    public List<KeywordIndexEntry> KeywordIndex(string page) =>
        manual.Keywords.Select(k => new KeywordIndexEntry(k.Id, k.Label, k.Precision, SiteUrls.Relative(page, SiteUrls.ForKeyword(k.Id)),
            manual.WithKeyword(k.Id).Select(f => new IndexFiche(
                SiteUrls.Relative(page, f.Url),
                f.Type == FicheType.Page ? f.ShortTitle ?? f.Title : f.Id.Value,
                // The accessible name must contain the visible text (WCAG 2.5.3).
                f.Type == FicheType.Page && f.ShortTitle is { } shortTitle && shortTitle != f.Title ? $"{shortTitle} – {f.Title}" : f.CitationText)).ToList()))
            .ToList();

    /// <summary>
    /// The manual's bibliography: its records under their printed headings (section, then group), in
    /// printed order. Records only the library's documents cite are on those documents' pages.
    /// </summary>
    public List<BibliographySection> Bibliography(string page)
    {
        var sections = new List<BibliographySection>();
        foreach (var bySection in Runs(manual.Bibliography.Where(r => !manual.IsLibraryRecord(r.Id)), r => r.Section ?? ""))
        {
            var groups = Runs(bySection, r => r.Group ?? "")
                .Select(byGroup => new BibliographyGroup(byGroup[0].Group, byGroup.Select(r => Record(r, page)).ToList())).ToList();
            sections.Add(new(bySection[0].Section, groups));
        }
        return sections;
    }

    private RecordView Record(BibliographyRecord r, string page) => new(
        r.Id,
        r.Intro,
        // A partner printed as a heading and an address only (« Réseau des Ressourceries ») is its group's title.
        r.Title == r.Group ? null : r.Title,
        // A partner's name is already the heading above its records: not repeated on each line.
        r.Authors.Count > 0 ? string.Join(", ", r.Authors) : r.Organisation == r.Group ? null : r.Organisation,
        r.Publisher,
        r.Date,
        r.Url,
        r.Note,
        manual.CitingRecord(r.Id).Select(f => ViewModels.Link(page, f)).ToList());

    /// <summary>Consecutive runs of items with the same key: printed order is kept, headings repeat only when they change.</summary>
    private static List<List<T>> Runs<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var runs = new List<List<T>>();
        foreach (var item in items)
        {
            if (runs.Count == 0 || key(runs[^1][0]) != key(item)) runs.Add([]);
            runs[^1].Add(item);
        }
        return runs;
    }

    private static SommairePart Part(string anchor, string title, List<SommaireItem> items, List<SommaireSection>? sections) =>
        new(anchor, title, items, sections ?? []);

    private static List<SommaireItem> Items(string page, IEnumerable<Fiche> fiches) =>
        fiches.Select(f => new SommaireItem(SiteUrls.Relative(page, f.Url), f.Id.Value, f.Type == FicheType.Page, f.Title, f.Subtitle, f.Organisation,
            f.Territory?.Label, f.IsDraft)).ToList();
}
