using Classeur.Model;
using Classeur.Parsing;

namespace Classeur.Knowledge;

/// <summary>An external address and where it is written (« III-4 », « bibliographie : guide-2010 »).</summary>
public sealed record ExternalUrl(string Url, IReadOnlyList<string> Places);

/// <summary>The external addresses of one domain: to spot a site that died (the 2010 ones).</summary>
public sealed record UrlDomain(string Domain, IReadOnlyList<ExternalUrl> Urls);

/// <summary>A change made on purpose to a fiche's printed text, from its `corrections:`.</summary>
public sealed record FicheCorrection(Fiche Fiche, EditorialCorrection Correction);

/// <summary>A « Pour aller plus loin » link that its target does not return.</summary>
public sealed record OneWayLink(Fiche From, Fiche To);

/// <summary>
/// What the federation's staff should look at: fiches cited by none, keywords of a single fiche,
/// records never cited, one-way « Pour aller plus loin », fiches without keywords, expériences without
/// contacts, external addresses by domain, and the editorial corrections of the printed text. Pages (édito, index…) are not fiches to be cited.
/// Every list follows the manual's order (domains alphabetically), so two runs print the same.
/// </summary>
public sealed class EditorialReport
{
    public EditorialReport(Manual manual, ManualLinks links)
    {
        var fiches = manual.Fiches.Where(f => f.Type != FicheType.Page).ToList();
        // The library (resources, external cases) is reached through its own relations (related, cases,
        // source) and publishes no contacts by design: orphans and missing contacts concern the manual.
        var manualFiches = fiches.Where(f => f.Type is not (FicheType.Ressource or FicheType.ExperienceExterne)).ToList();
        Orphans = manualFiches.Where(f => links.To(f).Count == 0 && manual.HavingDimension(f.Id.Value).Count == 0).ToList();
        SingleKeywords = manual.Keywords.Where(k => manual.WithKeyword(k.Id).Count == 1)
            .Select(k => (k, manual.WithKeyword(k.Id)[0])).ToList();
        UncitedRecords = manual.Bibliography.Where(r => manual.CitingRecord(r.Id).Count == 0).ToList();
        OneWaySeeAlso = manual.Fiches
            .SelectMany(f => f.SeeAlso.Select(s => manual.Find(s.Value)).OfType<Fiche>().Where(t => t != f).Distinct().Select(t => new OneWayLink(f, t)))
            .Where(l => !links.SeeAlso(l.To, l.From))
            .ToList();
        WithoutKeywords = fiches.Where(f => f.Keywords.Count == 0).ToList();
        ExperiencesWithoutContacts = manualFiches.Where(f => (f.Type == FicheType.Experience || f.Territory is not null) && f.Contacts.Count == 0).ToList();
        Domains = CollectUrls(manual);
        Corrections = manual.Fiches.SelectMany(f => f.Corrections.Select(c => new FicheCorrection(f, c))).ToList();
    }

    public IReadOnlyList<Fiche> Orphans { get; }
    public IReadOnlyList<(Keyword Keyword, Fiche Fiche)> SingleKeywords { get; }
    public IReadOnlyList<BibliographyRecord> UncitedRecords { get; }
    public IReadOnlyList<OneWayLink> OneWaySeeAlso { get; }
    public IReadOnlyList<Fiche> WithoutKeywords { get; }
    public IReadOnlyList<Fiche> ExperiencesWithoutContacts { get; }
    public IReadOnlyList<UrlDomain> Domains { get; }

    /// <summary>Every correction of the printed text, fiche by fiche in the manual's order, as written.</summary>
    public IReadOnlyList<FicheCorrection> Corrections { get; }

    private static List<UrlDomain> CollectUrls(Manual manual)
    {
        var places = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        void Add(string? url, string place)
        {
            if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return;
            if (!places.TryGetValue(url, out var list)) places[url] = list = [];
            if (!list.Contains(place)) list.Add(place);
        }
        foreach (var fiche in manual.Fiches)
        {
            var nodes = TreeNodes.Of(fiche);
            foreach (var link in nodes.Links) Add(link.Url, fiche.Id.Value);
            foreach (var link in nodes.Autolinks) Add(link.Url, fiche.Id.Value);
            foreach (var resource in fiche.Resources) Add(resource.Url, fiche.Id.Value);
            foreach (var contact in fiche.Contacts) Add(contact.Url, fiche.Id.Value);
        }
        foreach (var record in manual.Bibliography) Add(record.Url, "bibliographie : " + record.Id);
        return places
            .GroupBy(p => new Uri(p.Key).Host.ToLowerInvariant(), StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new UrlDomain(g.Key, g.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new ExternalUrl(p.Key, p.Value)).ToList()))
            .ToList();
    }
}
