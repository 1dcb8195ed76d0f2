using Classeur.Configuration;
using Classeur.Linking;
using Classeur.Model;
using Classeur.Rendering.Models;
using GlossaryTerm = Classeur.Rendering.Models.GlossaryTerm;

namespace Classeur.Rendering;

/// <summary>
/// What the templates see of the library: a resource's document, related fiches, cases and records;
/// an external case's source and dates; and, on the manual's fiches, the library read backwards
/// (« Ressources liées », external cases of a repère). Kept apart from the manual's own relations.
/// </summary>
internal sealed class LibraryViewModels(Manual manual, SiteConfig config)
{
    public const string LibraryUrl = "bibliotheque/index.html";

    /// <summary>Everything library-related for one page, under {{library.…}}.</summary>
    public LibraryView For(Fiche fiche)
    {
        var page = fiche.Url;
        var model = new LibraryView
        {
            Url = SiteUrls.Relative(page, LibraryUrl),
            RelatedResources = manual.RelatedResources(fiche.Id.Value).Select(r =>
            {
                var related = r.Related.First(x => x.Fiche.Value == fiche.Id.Value);
                return ViewModels.Link(page, r) with { Reason = related.Reason, Where = related.Where };
            }).ToList(),
            ExternalCases = fiche.Type == FicheType.Repere
                ? manual.HavingDimension(fiche.Id.Value).Where(f => f.Type == FicheType.ExperienceExterne).Select(f => Case(page, f)).ToList()
                : [],
        };
        if (fiche.Type == FicheType.Ressource) return Resource(fiche, page, model);
        if (fiche.Type == FicheType.ExperienceExterne) return ExternalCase(fiche, page, model);
        return model;
    }

    private LibraryView Resource(Fiche fiche, string page, LibraryView model)
    {
        var document = fiche.Document;
        var rows = new List<DocumentRow>();
        void Row(string field, string label, string? value)
        {
            if (!string.IsNullOrEmpty(value)) rows.Add(new(config.Label(label), value, document?.IsInferred(field) == true));
        }
        if (document is not null)
        {
            // A title is shown here only when deduced: the page's heading is the document's printed title otherwise.
            if (document.IsInferred("title")) Row("title", "document_titre", fiche.Title);
            Row("kind", "document_nature", document.Kind);
            Row("authors", "document_auteurs", string.Join(", ", document.Authors));
            Row("organisation", "document_organisme", document.Organisation);
            Row("publisher", "document_editeur", document.Publisher);
            Row("date", "document_date", document.Date);
            Row("length", "document_longueur", document.Length);
            Row("language", "document_langue", document.Language is { } language ? config.Label("langue_" + language) : null);
        }
        return model with
        {
            Document = rows,
            DocumentHasInferred = rows.Any(r => r.Inferred),
            Related = fiche.Related.Select(r => manual.Find(r.Fiche.Value) is { } target
                ? ViewModels.Link(page, target) with { Reason = r.Reason, Where = r.Where }
                : null).OfType<FicheLink>().ToList(),
            Cases = fiche.Cases.Select(c => manual.Find(c.Value)).OfType<Fiche>().Select(c => Case(page, c)).ToList(),
            // The document's own bibliography is its notices' home (anchors here); a record of the manual's
            // bibliography links to its notice there.
            Records = fiche.BibliographyRefs.Select(r => manual.RecordsById.GetValueOrDefault(r.Value)).OfType<BibliographyRecord>()
                .Select(r => new LibraryRecord(
                    manual.IsLibraryRecord(r.Id) ? r.Id : null,
                    r.Citation,
                    r.Url,
                    manual.IsLibraryRecord(r.Id) ? null : RecordLinks.Url(manual, page, r.Id),
                    manual.CitingRecord(r.Id).Where(f => f != fiche).Select(f => ViewModels.Link(page, f)).ToList()))
                .ToList(),
        };
    }

    private LibraryView ExternalCase(Fiche fiche, string page, LibraryView model) => model with
    {
        Source = fiche.Source is { } source && manual.Find(source.Ref.Value) is { } resource
            ? ViewModels.Link(page, resource) with { Where = source.Where }
            : null,
        Dates = Dates(fiche),
        Dimensions = fiche.Dimensions.Select(d => manual.Find(d.Value)).OfType<Fiche>().Select(d => ViewModels.Link(page, d)).ToList(),
        SeeAlso = fiche.SeeAlso.Select(s => manual.Find(s.Value)).OfType<Fiche>().Select(s => ViewModels.Link(page, s)).ToList(),
    };

    /// <summary>
    /// The header line of a library page: not the manual's edition (« Version 1 (décembre 2010) »), which
    /// would date a 2016 document to 2010, but what the page is and when its document appeared.
    /// </summary>
    public string? EditionLine(Fiche fiche) => !FicheTypes.IsLibrary(fiche.Type) ? null
        : LibraryLine(fiche.Type == FicheType.Ressource ? fiche.Document?.Date : fiche.SourceDate);

    /// <summary>« COORACE · Bibliothèque, hors du Manuel · document de 2016 » (the date when there is one).</summary>
    public string LibraryLine(string? date = null) => string.Join(" · ", new[]
    {
        config.Publisher, config.Label("bibliotheque_hors_manuel"), date is null ? null : $"{config.Label("document_de")} {date}",
    }.OfType<string>());

    /// <summary>« Faits de 2012-2016, rapportés en 2017 »: a reader must not take a 1999 situation for today's.</summary>
    public static string? Dates(Fiche fiche)
    {
        if (fiche.Period is null) return fiche.SourceDate is null ? null : $"Rapporté en {fiche.SourceDate}";
        var period = fiche.Period;
        // « Fin des années 1990 » reads « faits : fin des années 1990 » after the colon; acronyms keep their case.
        if (period.Length > 1 && char.IsUpper(period[0]) && char.IsLower(period[1])) period = char.ToLowerInvariant(period[0]) + period[1..];
        var facts = char.IsDigit(period[0]) ? $"Faits de {period}" : $"Faits : {period}";
        return fiche.SourceDate is null ? facts : $"{facts}, rapportés en {fiche.SourceDate}";
    }

    private static FicheLink Case(string page, Fiche fiche) => ViewModels.Link(page, fiche, LinkPhase.Describe(fiche)) with { Dates = Dates(fiche) };

    /// <summary>The « Bibliothèque » page: each resource with what it is and the cases drawn from it.</summary>
    public List<FicheLink> Library(string page) =>
        manual.OfType(FicheType.Ressource).Select(r => ViewModels.Link(page, r, r.Title) with
        {
            Subtitle = r.Subtitle,
            Description = string.Join(" · ", new[]
            {
                r.Document?.Kind,
                r.Document is { } d ? (d.Authors.Count > 0 ? string.Join(", ", d.Authors) : d.Organisation) : null,
                r.Document?.Date,
            }.Where(s => !string.IsNullOrEmpty(s))),
            Summary = FicheSummary.FirstSentence(r),
            Cases = r.Cases.Select(c => manual.Find(c.Value)).OfType<Fiche>().Select(c => ListedCase(page, c)).ToList(),
        }).ToList();

    /// <summary>Cases whose source is missing from every resource's `cases` still get listed (validation reports them).</summary>
    public List<FicheLink> UnlistedCases(string page)
    {
        var listed = manual.OfType(FicheType.Ressource).SelectMany(r => r.Cases.Select(c => c.Value)).ToHashSet(StringComparer.Ordinal);
        return manual.OfType(FicheType.ExperienceExterne).Where(c => !listed.Contains(c.Id.Value)).Select(c => ListedCase(page, c)).ToList();
    }

    /// <summary>
    /// A case in the « Bibliothèque » list: its title alone is the link (a short, distinct link text),
    /// the structure, place and dates follow as plain text.
    /// </summary>
    private FicheLink ListedCase(string page, Fiche fiche)
    {
        var place = fiche.Territory is { } t ? t.Label + (t.NotGivenBySource ? " — " + config.Label("lieu_non_precise_court") : "") : null;
        return ViewModels.Link(page, fiche, fiche.Label) with
        {
            Details = string.Join(" · ", new[] { fiche.Organisation, place }.Where(s => !string.IsNullOrEmpty(s))),
            Dates = Dates(fiche),
        };
    }

    /// <summary>The glossary, sorted by acronym (letters before accents do not arise: acronyms are ASCII capitals).</summary>
    public List<GlossaryTerm> Glossary(string page) =>
        manual.Glossary.OrderBy(t => t.Term, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id, StringComparer.Ordinal).Select(t => new GlossaryTerm(
            t.Anchor,
            t.Term,
            t.Expansion,
            t.Definition,
            t.Source is { } s && manual.Find(s.Ref.Value) is { } target ? ViewModels.Link(page, target) with { Where = s.Where } : null)).ToList();
}
