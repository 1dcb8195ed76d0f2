using Classeur.Configuration;
using Classeur.Linking;
using Classeur.Model;
using Classeur.Rendering.Models;
using ResourceItem = Classeur.Rendering.Models.ResourceItem;

namespace Classeur.Rendering;

/// <summary>
/// Builds what a fiche's page sees (<see cref="FicheView"/>) and the parts every page shares. Typed
/// records, read by templates under their snake_case names ({{fiche.type_label}}). All URLs are already
/// relative to the page being built.
/// </summary>
internal sealed class ViewModels(Manual manual, SiteConfig config)
{
    private readonly Knowledge.ManualLinks _links = new(manual);

    public Knowledge.ManualLinks Links => _links;

    private Knowledge.RelatedFiches Related => field ??= new(manual, config.Related, _links);

    private Knowledge.NearExperiences Near => field ??= new(manual, config.Related.Experiences);

    private GraphViewModel Graph => field ??= new(config, new Knowledge.ManualGraph(manual, _links));

    public SiteInfo Site() => new(config.Title, config.ShortTitle ?? config.Title, config.Publisher, config.Edition, config.Language);

    /// <summary>Classeur's words, then site.yml's (which replace and extend them).</summary>
    public static Dictionary<string, string> LabelsOf(SiteConfig config)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in DefaultLabels.All.Keys) labels[key] = config.Label(key);
        foreach (var (key, value) in config.Labels) labels[key] = value;
        return labels;
    }

    public LabelTable Labels => field ??= new(LabelsOf(config));

    public static FicheLink Link(string fromPage, Fiche target, string? text = null) =>
        new(SiteUrls.Relative(fromPage, target.Url), text ?? target.CitationText, target.Title, target.Id.Value, target.IsDraft);

    /// <summary>A repère read from the other side: the méthodes and expériences that name it in their dimensions.</summary>
    private List<ItemGroup<FicheLink>> AppliedBy(Fiche fiche, string page)
    {
        if (fiche.Type != FicheType.Repere) return [];
        var groups = new List<ItemGroup<FicheLink>>();
        foreach (var (type, label) in new[] { (FicheType.Methode, "methodes_dimension"), (FicheType.Experience, "experiences_dimension") })
        {
            var items = manual.HavingDimension(fiche.Id.Value).Where(f => f.Type == type)
                .Select(f => Link(page, f, type == FicheType.Experience ? LinkPhase.Describe(f) : null)).ToList();
            if (items.Count > 0) groups.Add(new(null, config.Label(label), items));
        }
        return groups;
    }

    /// <summary>
    /// For an expérience: the others nearest to it, ranked and capped, with their reasons; none that the
    /// page already lists (its links, « Pour aller plus loin », « Voir aussi »).
    /// </summary>
    private List<FicheLink> RelatedExperiences(Fiche fiche, string page, IEnumerable<Knowledge.Suggestion> suggestions)
    {
        if (fiche.Type != FicheType.Experience) return [];
        var shown = fiche.SeeAlso.Select(s => manual.Find(s.Value)).OfType<Fiche>()
            .Concat(_links.From(fiche)).Concat(suggestions.Select(s => s.Fiche)).Append(fiche).ToHashSet();
        return Near.For(fiche, shown).Select(n =>
        {
            var reasons = new List<string>();
            if (n.SharedDimensions > 0)
            {
                var label = config.Label(n.SharedDimensions == 1 ? "raison_dimension" : "raison_dimensions");
                reasons.Add(label.Replace("{n}", n.SharedDimensions.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            }
            if (n.Region is { } region) reasons.Add(config.Label("raison_meme_region").Replace("{region}", region, StringComparison.Ordinal));
            return Link(page, n.Fiche, LinkPhase.Describe(n.Fiche)) with { Reason = string.Join(" · ", reasons) };
        }).ToList();
    }

    public FicheView Fiche(Fiche fiche, string bodyHtml)
    {
        var page = fiche.Url;
        var suggestions = Related.For(fiche);
        var keywords = fiche.Keywords.Select(k => manual.KeywordsById.GetValueOrDefault(k.Value))
            .OfType<Keyword>()
            .Select(k => new KeywordLink(k.Display, SiteUrls.Relative(page, SiteUrls.ForKeyword(k.Id))))
            .ToList();
        var seeAlso = SeeAlso(fiche, page);
        // The printed sentence stands above the group it introduces, or at the head of the block.
        var introduced = seeAlso.FindIndex(g => fiche.SeeAlsoNoteFor is { } type && g.Type == FicheTypes.Key(type));
        if (introduced >= 0) seeAlso[introduced] = seeAlso[introduced] with { Note = fiche.SeeAlsoNote };
        var resources = Resources(fiche);
        return new FicheView
        {
            Id = fiche.Id.Value,
            Type = FicheTypes.Key(fiche.Type),
            TypeLabel = config.Label(FicheTypes.Key(fiche.Type)),
            IsPage = fiche.Type == FicheType.Page,
            Title = fiche.Title,
            Subtitle = fiche.Subtitle,
            Citation = fiche.CitationText,
            IsDraft = fiche.IsDraft,
            Organisation = fiche.Organisation,
            Territory = fiche.Territory is { } t ? new TerritoryView(t.Label, t.Departement, t.Region, t.NotGivenBySource) : null,
            Experimentation = fiche.Experimentation,
            Keywords = keywords,
            KeywordCount = keywords.Count,
            AppliedBy = AppliedBy(fiche, page),
            Body = bodyHtml,
            Contents = FicheContents.Of(bodyHtml),
            Breadcrumbs = Breadcrumbs(fiche),
            Dimensions = Dimensions(fiche, page),
            SeeAlso = seeAlso,
            SeeAlsoNote = introduced < 0 ? fiche.SeeAlsoNote : null,
            Resources = resources,
            HasPlusLoin = seeAlso.Count > 0 || resources.Count > 0,
            Contacts = fiche.Contacts.Select(Contact).ToList(),
            EmailsProtected = config.ContactEmail == EmailDisplay.Obfuscate && fiche.Contacts.Any(c => c.Email is not null),
            Backlinks = Backlinks(fiche, page),
            Suggestions = suggestions.Select(s => Suggestion(s, page)).ToList(),
            RelatedExperiences = RelatedExperiences(fiche, page, suggestions),
            Neighbourhood = Graph.Neighbourhood(fiche),
            Previous = manual.Previous(fiche) is { } previous ? Link(page, previous) : null,
            Next = manual.Next(fiche) is { } next ? Link(page, next) : null,
        };
    }

    private FicheLink Suggestion(Knowledge.Suggestion suggestion, string page) =>
        Link(page, suggestion.Fiche, suggestion.Fiche.Type == FicheType.Experience ? LinkPhase.Describe(suggestion.Fiche) : null)
            with
        { Reason = string.Join(" · ", SuggestionReasons.Of(suggestion, config)) };

    private List<Crumb> Breadcrumbs(Fiche fiche)
    {
        var crumbs = new List<Crumb>();
        if (fiche.Type == FicheType.Page) return crumbs;
        crumbs.Add(new(ManualStructure.PartTitle(config, fiche.Type), "partie-" + ManualStructure.PartKey(fiche.Type).ToLowerInvariant()));
        foreach (var section in ManualStructure.SectionPath(fiche.Id))
            crumbs.Add(new(ManualStructure.SectionTitle(config, section), "section-" + section.ToLowerInvariant()));
        return crumbs;
    }

    private DimensionsView? Dimensions(Fiche fiche, string page)
    {
        if (fiche.Type is not (FicheType.Methode or FicheType.Experience) || fiche.Dimensions.Count == 0) return null;
        var targets = fiche.Dimensions.Select(d => manual.Find(d.Value)).OfType<Fiche>().Where(f => f.Type == FicheType.Repere).ToList();
        var columns = new[] { "identite_strategie", "missions_clefs", "principes_action" }
            .Select(key => new ItemGroup<FicheLink>(null, config.Label(key),
                targets.Where(t => ManualStructure.DimensionColumn(t.Id) == key).Select(t => Link(page, t)).ToList()))
            .ToList();
        return new(config.Label(fiche.Type == FicheType.Methode ? "dimensions_methode" : "dimensions_experience"), columns);
    }

    private List<ItemGroup<FicheLink>> SeeAlso(Fiche fiche, string page)
    {
        var targets = fiche.SeeAlso.Select(s => manual.Find(s.Value)).OfType<Fiche>().Where(t => t != fiche).Distinct().ToList();
        // As printed: an expérience is listed with its organisation and territory.
        return GroupByType(targets.Select(t => (t, Link(page, t, t.Type == FicheType.Experience ? LinkPhase.Describe(t) : null))), new Dictionary<FicheType, string>
        {
            [FicheType.Repere] = "fiches_reperes",
            [FicheType.Methode] = "fiches_methodes",
            [FicheType.Experience] = "fiches_experiences",
            [FicheType.Page] = "autres_pages",
            [FicheType.Ressource] = "ressources_bibliotheque",
            [FicheType.ExperienceExterne] = "experiences_externes",
        });
    }

    private List<ItemGroup<T>> GroupByType<T>(IEnumerable<(Fiche Fiche, T Item)> items, Dictionary<FicheType, string> titles) =>
        items.GroupBy(i => i.Fiche.Type)
            .OrderBy(g => g.Key)
            .Select(g => new ItemGroup<T>(FicheTypes.Key(g.Key), config.Label(titles[g.Key]), g.Select(i => i.Item).ToList()))
            .ToList();

    private List<ResourceItem> Resources(Fiche fiche)
    {
        var items = new List<ResourceItem>();
        string? previousGroup = null;
        foreach (var resource in fiche.Resources)
        {
            var record = resource.Ref is { } reference ? manual.RecordsById.GetValueOrDefault(reference.Value) : null;
            items.Add(new ResourceItem(
                // A ref keeps the words this fiche printed (text:), if any, and links to the shared record.
                resource.Text ?? record?.Citation ?? resource.Ref?.Value,
                resource.Url ?? record?.Url,
                record is null ? null : RecordLinks.Url(manual, fiche.Url, record.Id),
                // The record's note completes the citation, unless the fiche's printed wording already says it.
                record?.Note is { } note && !(resource.Text is { } printed && Text.LooseText.Holds(printed, note)) ? note : null,
                // Printed sub-headings ("Sur les Groupes Economiques Solidaires :") show once, where they change.
                resource.Group is not null && resource.Group != previousGroup ? resource.Group : null));
            previousGroup = resource.Group;
        }
        return items;
    }

    private ContactView Contact(Contact c)
    {
        var (email, link) = ContactEmails.Shown(c.Email, config.ContactEmail);
        return new(c.Name, c.Role, c.Organisation, c.Address, c.Phone, c.Url, email, link);
    }

    private List<ItemGroup<BacklinkView>> Backlinks(Fiche fiche, string page)
    {
        var bySource = manual.BacklinksTo(fiche).GroupBy(b => b.Source).Select(g => (g.Key, new BacklinkView(
            Link(page, g.Key),
            g.DistinctBy(b => b.Context, StringComparer.Ordinal).Select(b => new BacklinkContext(b.Context, b.IsQuote)).ToList())));
        return GroupByType(bySource, new Dictionary<FicheType, string>
        {
            [FicheType.Repere] = "reperes",
            [FicheType.Methode] = "methodes",
            [FicheType.Experience] = "experiences",
            [FicheType.Page] = "autres_pages",
            [FicheType.Ressource] = "ressources_bibliotheque",
            [FicheType.ExperienceExterne] = "experiences_externes",
        });
    }
}
