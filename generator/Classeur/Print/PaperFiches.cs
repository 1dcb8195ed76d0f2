using Classeur.Configuration;
using Classeur.Linking;
using Classeur.Model;
using Classeur.Rendering;
using Markdig;

namespace Classeur.Print;

/// <summary>
/// Renders fiches for paper with templates/impression/fiche.hbs: what the 2010 fiche held, made ready
/// for a page by <see cref="PaperHtml"/> (French spaces, links that paper can hold, no web leftovers).
/// The same article goes into a fiche's own PDF and into every binder that holds it; its text is what
/// `print --depuis` compares between editions. Safe to call from several threads.
/// </summary>
public sealed class PaperFiches
{
    private readonly Manual _manual;
    private readonly SiteConfig _config;
    private readonly MarkdownPipeline _pipeline;
    private readonly PrintTemplates _templates;
    private readonly GlossaryMarker _glossary;
    private readonly Rendering.Models.LabelTable _labels;

    public PaperFiches(Manual manual, SiteConfig config, MarkdownPipeline pipeline, PrintTemplates templates)
    {
        if (!manual.IsLinked) throw new InvalidOperationException("Les fiches s'impriment à partir du manuel lié (LinkPhase.Resolve).");
        (_manual, _config, _pipeline, _templates) = (manual, config, pipeline, templates);
        _glossary = new GlossaryMarker(manual.Glossary);
        _labels = new(ViewModels.LabelsOf(config));
    }

    public SiteConfig Config => _config;

    public Manual Manual => _manual;

    /// <summary>
    /// The fiche's article. <paramref name="anchorOf"/> gives the in-document anchor of a fiche that the
    /// same document holds (a binder), or null: on paper a fiche outside it is named, not linked.
    /// <paramref name="level"/> is the outline level of the fiche's title (1 in its own PDF).
    /// </summary>
    public string Article(Fiche fiche, Func<Fiche, string?> anchorOf, int level = 1)
    {
        var body = BodyRenderer.Render(fiche, _pipeline, _glossary);
        var model = Model(fiche, body, anchorOf);
        var html = _templates.Render(PrintTemplates.Fiche, model);
        return PaperHtml.Prepare(html, fiche, Anchor(fiche), url => _manual.Find(FicheIdFromUrl(url)) is { } target ? anchorOf(target) : null, level);
    }

    /// <summary>What the fiche puts on paper, as plain text: two editions differ for a reader exactly when these differ.</summary>
    public string Text(Fiche fiche) => Editions.PrintedText.Of(Article(fiche, _ => null));

    /// <summary>The anchor of a fiche in a document: fiche-i-c-2-a.</summary>
    public static string Anchor(Fiche fiche) => "fiche-" + fiche.Id.Value.ToLowerInvariant();

    private static string FicheIdFromUrl(string url)
    {
        var file = url.Split('#')[0];
        var slash = file.LastIndexOf('/');
        var name = file[(slash + 1)..];
        return name.EndsWith(".html", StringComparison.Ordinal) ? name[..^5] : name;
    }

    private PaperFiche Model(Fiche fiche, string body, Func<Fiche, string?> anchorOf)
    {
        PaperLink Link(Fiche target, string? text = null) => new(text ?? target.CitationText, anchorOf(target) is { } a ? "#" + a : null);
        var isPage = fiche.Type == FicheType.Page;
        return new PaperFiche(
            Anchor(fiche),
            isPage,
            isPage ? null : $"{_config.Label("fiche")} {fiche.Id.Value}",
            isPage ? null : _config.Label(FicheTypes.Key(fiche.Type)),
            fiche.Title,
            fiche.Subtitle,
            fiche.Organisation,
            fiche.Territory?.Label,
            fiche.Experimentation,
            body,
            Dimensions(fiche, t => Link(t)),
            PlusLoin(fiche, Link),
            [.. fiche.Contacts.Select(Contact)],
            _config.ContactEmail == EmailDisplay.Obfuscate && fiche.Contacts.Any(c => c.Email is not null),
            _config.PrintCitedBy ? [.. _manual.BacklinksTo(fiche).Select(b => b.Source).Distinct().Where(s => !FicheTypes.IsLibrary(s.Type)).Select(s => Link(s))] : [],
            fiche.Id.Value == "index" ? PaperIndex.Keywords(_manual, anchorOf) : [],
            fiche.Id.Value == "index" && _manual.Keywords.Any(k => k.Pertinent.Count > 0),
            fiche.Id.Value == "bibliographie" ? new IndexViewModels(_manual, _config).Bibliography(fiche.Url) : null,
            fiche.IsDraft,
            _labels);
    }

    private PaperDimensions? Dimensions(Fiche fiche, Func<Fiche, PaperLink> link)
    {
        if (fiche.Type is not (FicheType.Methode or FicheType.Experience) || fiche.Dimensions.Count == 0) return null;
        var targets = fiche.Dimensions.Select(d => _manual.Find(d.Value)).OfType<Fiche>().Where(f => f.Type == FicheType.Repere).ToList();
        var columns = new[] { "identite_strategie", "missions_clefs", "principes_action" }
            .Select(key => new PaperColumn(_config.Label(key), [.. targets.Where(t => ManualStructure.DimensionColumn(t.Id) == key).Select(link)]))
            .ToList();
        return new PaperDimensions(_config.Label(fiche.Type == FicheType.Methode ? "dimensions_methode" : "dimensions_experience"), columns);
    }

    private PaperPlusLoin? PlusLoin(Fiche fiche, Func<Fiche, string?, PaperLink> link)
    {
        // As printed: the fiches by kind (an expérience with its organisation and territory), then the resources.
        var groups = fiche.SeeAlso.Select(s => _manual.Find(s.Value)).OfType<Fiche>()
            .Where(t => t != fiche && !FicheTypes.IsLibrary(t.Type)).Distinct()
            .GroupBy(t => t.Type).OrderBy(g => g.Key)
            .Select(g => new PaperGroup(_config.Label(g.Key switch
            {
                FicheType.Repere => "fiches_reperes",
                FicheType.Methode => "fiches_methodes",
                FicheType.Experience => "fiches_experiences",
                _ => "autres_pages",
            }), [.. g.Select(t => link(t, t.Type == FicheType.Experience ? LinkPhase.Describe(t) : null))]))
            .ToList();
        var resources = new List<PaperResource>();
        string? previousGroup = null;
        foreach (var resource in fiche.Resources)
        {
            var record = resource.Ref is { } reference ? _manual.RecordsById.GetValueOrDefault(reference.Value) : null;
            var url = resource.Url ?? record?.Url;
            resources.Add(new PaperResource(
                resource.Group is not null && resource.Group != previousGroup ? resource.Group : null,
                resource.Text ?? record?.Citation ?? resource.Ref?.Value ?? "",
                record?.Note,
                url,
                url is null ? null : url.Contains("://", StringComparison.Ordinal) ? url : "http://" + url));
            previousGroup = resource.Group;
        }
        return groups.Count == 0 && resources.Count == 0 && fiche.SeeAlsoNote is null ? null : new PaperPlusLoin(fiche.SeeAlsoNote, groups, resources);
    }

    private PaperContact Contact(Contact c)
    {
        var email = c.Email is null ? null : _config.ContactEmail switch
        {
            EmailDisplay.Hide => null,
            EmailDisplay.Show => c.Email,
            _ => c.Email.Replace("@", ContactEmails.At, StringComparison.Ordinal),
        };
        return new PaperContact(c.Name, c.Role, c.Organisation, c.Address, c.Phone, email, c.Url);
    }
}
