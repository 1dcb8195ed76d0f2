using Classeur.Configuration;
using Classeur.Linking;
using Classeur.Model;

namespace Classeur.Rendering;

/// <summary>
/// Builds what the templates see, as plain dictionaries with snake_case keys (template authors read
/// {{fiche.title}}, not C# names). All URLs are already relative to the page being built.
/// </summary>
public sealed class ViewModels(Manual manual, SiteConfig config)
{
    private readonly Knowledge.ManualLinks _links = new(manual);

    public Knowledge.ManualLinks Links => _links;

    private Knowledge.RelatedFiches Related => field ??= new(manual, config.Related, _links);

    private Knowledge.NearExperiences Near => field ??= new(manual, config.Related.Experiences);

    private GraphViewModel Graph => field ??= new(config, new Knowledge.ManualGraph(manual, _links));

    public Dictionary<string, object?> Site() => new()
    {
        ["title"] = config.Title,
        ["short_title"] = config.ShortTitle ?? config.Title,
        ["publisher"] = config.Publisher,
        ["edition"] = config.Edition,
        ["language"] = config.Language,
    };

    public Dictionary<string, object?> Labels()
    {
        var labels = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var key in DefaultLabels.All.Keys) labels[key] = config.Label(key);
        foreach (var (key, value) in config.Labels) labels[key] = value;
        return labels;
    }

    public static Dictionary<string, object?> Link(string fromPage, Fiche target, string? text = null) => new()
    {
        ["url"] = SiteUrls.Relative(fromPage, target.Url),
        ["text"] = text ?? target.CitationText,
        ["title"] = target.Title,
        ["id"] = target.Id.Value,
        ["is_draft"] = target.IsDraft,
    };

    /// <summary>A repère read from the other side: the méthodes and expériences that name it in their dimensions.</summary>
    private List<Dictionary<string, object?>> AppliedBy(Fiche fiche, string page)
    {
        if (fiche.Type != FicheType.Repere) return [];
        var groups = new List<Dictionary<string, object?>>();
        foreach (var (type, label) in new[] { (FicheType.Methode, "methodes_dimension"), (FicheType.Experience, "experiences_dimension") })
        {
            var items = manual.HavingDimension(fiche.Id.Value).Where(f => f.Type == type)
                .Select(f => Link(page, f, type == FicheType.Experience ? LinkPhase.Describe(f) : null)).ToList();
            if (items.Count > 0) groups.Add(new() { ["title"] = config.Label(label), ["items"] = items });
        }
        return groups;
    }

    /// <summary>
    /// For an expérience: the others nearest to it, ranked and capped, with their reasons; none that the
    /// page already lists (its links, « Pour aller plus loin », « Voir aussi »).
    /// </summary>
    private List<Dictionary<string, object?>> RelatedExperiences(Fiche fiche, string page, IEnumerable<Knowledge.Suggestion> suggestions)
    {
        if (fiche.Type != FicheType.Experience) return [];
        var shown = fiche.SeeAlso.Select(s => manual.Find(s.Value)).OfType<Fiche>()
            .Concat(_links.From(fiche)).Concat(suggestions.Select(s => s.Fiche)).Append(fiche).ToHashSet();
        return Near.For(fiche, shown).Select(n =>
        {
            var link = Link(page, n.Fiche, LinkPhase.Describe(n.Fiche));
            var reasons = new List<string>();
            if (n.SharedDimensions > 0)
            {
                var label = config.Label(n.SharedDimensions == 1 ? "raison_dimension" : "raison_dimensions");
                reasons.Add(label.Replace("{n}", n.SharedDimensions.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
            }
            if (n.Region is { } region) reasons.Add(config.Label("raison_meme_region").Replace("{region}", region, StringComparison.Ordinal));
            link["reason"] = string.Join(" · ", reasons);
            return link;
        }).ToList();
    }

    public Dictionary<string, object?> Fiche(Fiche fiche, string bodyHtml)
    {
        var page = fiche.Url;
        var suggestions = Related.For(fiche);
        var model = new Dictionary<string, object?>
        {
            ["id"] = fiche.Id.Value,
            ["type"] = FicheTypes.Key(fiche.Type),
            ["type_label"] = config.Label(FicheTypes.Key(fiche.Type)),
            ["is_page"] = fiche.Type == FicheType.Page,
            ["title"] = fiche.Title,
            ["subtitle"] = fiche.Subtitle,
            ["citation"] = fiche.CitationText,
            ["is_draft"] = fiche.IsDraft,
            ["organisation"] = fiche.Organisation,
            ["territory"] = fiche.Territory is { } t
                ? new Dictionary<string, object?> { ["label"] = t.Label, ["departement"] = t.Departement, ["region"] = t.Region, ["not_given"] = t.NotGivenBySource }
                : null,
            ["experimentation"] = fiche.Experimentation,
            ["keywords"] = fiche.Keywords.Select(k => manual.KeywordsById.GetValueOrDefault(k.Value))
                .OfType<Keyword>()
                .Select(k => new Dictionary<string, object?> { ["text"] = k.Display, ["url"] = SiteUrls.Relative(page, SiteUrls.ForKeyword(k.Id)) })
                .ToList(),
            ["applied_by"] = AppliedBy(fiche, page),
            ["body"] = bodyHtml,
            ["contents"] = FicheContents.Of(bodyHtml),
            ["breadcrumbs"] = Breadcrumbs(fiche),
            ["dimensions"] = Dimensions(fiche, page),
            ["see_also"] = SeeAlso(fiche, page),
            ["resources"] = Resources(fiche),
            ["contacts"] = fiche.Contacts.Select(Contact).ToList(),
            ["emails_protected"] = config.ContactEmail == EmailDisplay.Obfuscate && fiche.Contacts.Any(c => c.Email is not null),
            ["backlinks"] = Backlinks(fiche, page),
            ["suggestions"] = suggestions.Select(s => Suggestion(s, page)).ToList(),
            ["related_experiences"] = RelatedExperiences(fiche, page, suggestions),
            ["neighbourhood"] = Graph.Neighbourhood(fiche),
            ["previous"] = manual.Previous(fiche) is { } previous ? Link(page, previous) : null,
            ["next"] = manual.Next(fiche) is { } next ? Link(page, next) : null,
        };
        model["keyword_count"] = ((System.Collections.ICollection)model["keywords"]!).Count;
        // The printed sentence stands above the group it introduces, or at the head of the block.
        var introduced = ((List<Dictionary<string, object?>>)model["see_also"]!)
            .FirstOrDefault(g => fiche.SeeAlsoNoteFor is { } type && Equals(g["type"], FicheTypes.Key(type)));
        if (introduced is not null) introduced["note"] = fiche.SeeAlsoNote;
        model["see_also_note"] = introduced is null ? fiche.SeeAlsoNote : null;
        model["has_plus_loin"] = ((List<Dictionary<string, object?>>)model["see_also"]!).Count > 0
            || ((List<Dictionary<string, object?>>)model["resources"]!).Count > 0;
        return model;
    }

    private Dictionary<string, object?> Suggestion(Knowledge.Suggestion suggestion, string page)
    {
        var link = Link(page, suggestion.Fiche, suggestion.Fiche.Type == FicheType.Experience ? LinkPhase.Describe(suggestion.Fiche) : null);
        link["reason"] = string.Join(" · ", SuggestionReasons.Of(suggestion, config));
        return link;
    }

    private List<Dictionary<string, object?>> Breadcrumbs(Fiche fiche)
    {
        var crumbs = new List<Dictionary<string, object?>>();
        if (fiche.Type == FicheType.Page) return crumbs;
        crumbs.Add(new() { ["text"] = ManualStructure.PartTitle(config, fiche.Type), ["anchor"] = "partie-" + ManualStructure.PartKey(fiche.Type).ToLowerInvariant() });
        foreach (var section in ManualStructure.SectionPath(fiche.Id))
            crumbs.Add(new() { ["text"] = ManualStructure.SectionTitle(config, section), ["anchor"] = "section-" + section.ToLowerInvariant() });
        return crumbs;
    }

    private Dictionary<string, object?>? Dimensions(Fiche fiche, string page)
    {
        if (fiche.Type is not (FicheType.Methode or FicheType.Experience) || fiche.Dimensions.Count == 0) return null;
        var targets = fiche.Dimensions.Select(d => manual.Find(d.Value)).OfType<Fiche>().Where(f => f.Type == FicheType.Repere).ToList();
        var columns = new[] { "identite_strategie", "missions_clefs", "principes_action" }
            .Select(key => new Dictionary<string, object?>
            {
                ["title"] = config.Label(key),
                ["items"] = targets.Where(t => ManualStructure.DimensionColumn(t.Id) == key).Select(t => Link(page, t)).ToList(),
            })
            .ToList();
        return new()
        {
            ["heading"] = config.Label(fiche.Type == FicheType.Methode ? "dimensions_methode" : "dimensions_experience"),
            ["columns"] = columns,
        };
    }

    private List<Dictionary<string, object?>> SeeAlso(Fiche fiche, string page)
    {
        var targets = fiche.SeeAlso.Select(s => manual.Find(s.Value)).OfType<Fiche>().Where(t => t != fiche).Distinct().ToList();
        // As printed: an expérience is listed with its organisation and territory.
        return GroupByType(targets.Select(t => (t, (object?)Link(page, t, t.Type == FicheType.Experience ? LinkPhase.Describe(t) : null))), new Dictionary<FicheType, string>
        {
            [FicheType.Repere] = "fiches_reperes",
            [FicheType.Methode] = "fiches_methodes",
            [FicheType.Experience] = "fiches_experiences",
            [FicheType.Page] = "autres_pages",
            [FicheType.Ressource] = "ressources_bibliotheque",
            [FicheType.ExperienceExterne] = "experiences_externes",
        });
    }

    private List<Dictionary<string, object?>> GroupByType(IEnumerable<(Fiche Fiche, object? Item)> items, Dictionary<FicheType, string> titles) =>
        items.GroupBy(i => i.Fiche.Type)
            .OrderBy(g => g.Key)
            .Select(g => new Dictionary<string, object?>
            {
                ["type"] = FicheTypes.Key(g.Key),
                ["title"] = config.Label(titles[g.Key]),
                ["items"] = g.Select(i => i.Item).ToList(),
            })
            .ToList();

    private List<Dictionary<string, object?>> Resources(Fiche fiche)
    {
        var items = new List<Dictionary<string, object?>>();
        string? previousGroup = null;
        foreach (var resource in fiche.Resources)
        {
            var record = resource.Ref is { } reference ? manual.RecordsById.GetValueOrDefault(reference.Value) : null;
            items.Add(new Dictionary<string, object?>
            {
                // A ref keeps the words this fiche printed (text:), if any, and links to the shared record.
                ["text"] = resource.Text ?? record?.Citation ?? resource.Ref?.Value,
                ["url"] = resource.Url ?? record?.Url,
                ["record_url"] = record is null ? null : RecordLinks.Url(manual, fiche.Url, record.Id),
                // The record's note completes the citation, unless the fiche's printed wording already says it.
                ["note"] = record?.Note is { } note && !(resource.Text is { } printed && Text.LooseText.Holds(printed, note)) ? note : null,
                // Printed sub-headings ("Sur les Groupes Economiques Solidaires :") show once, where they change.
                ["group_heading"] = resource.Group is not null && resource.Group != previousGroup ? resource.Group : null,
            });
            previousGroup = resource.Group;
        }
        return items;
    }

    private Dictionary<string, object?> Contact(Contact c)
    {
        var contact = new Dictionary<string, object?>
        {
            ["name"] = c.Name,
            ["role"] = c.Role,
            ["organisation"] = c.Organisation,
            ["address"] = c.Address,
            ["phone"] = c.Phone,
            ["url"] = c.Url,
        };
        ContactEmails.AddTo(contact, c.Email, config.ContactEmail);
        return contact;
    }

    private List<Dictionary<string, object?>> Backlinks(Fiche fiche, string page)
    {
        var bySource = manual.BacklinksTo(fiche).GroupBy(b => b.Source).Select(g => (g.Key, (object?)new Dictionary<string, object?>
        {
            ["link"] = Link(page, g.Key),
            ["contexts"] = g.DistinctBy(b => b.Context, StringComparer.Ordinal)
                .Select(b => new Dictionary<string, object?> { ["text"] = b.Context, ["is_quote"] = b.IsQuote }).ToList(),
        }));
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
