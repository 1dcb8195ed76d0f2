namespace Classeur.Model;

/// <summary>
/// The whole manual: fiches in the manual's order, looked up by id, with keywords, bibliography
/// records and backlinks. Immutable: the link phase does not change it, it returns the linked manual,
/// a new value with the backlinks (<see cref="IsLinked"/>); pages are rendered from that one only.
/// </summary>
public sealed class Manual
{
    private readonly Dictionary<string, Fiche> _byId;
    private readonly Dictionary<string, int> _position;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Backlink>> _backlinks = new Dictionary<string, IReadOnlyList<Backlink>>();
    private readonly Lazy<Dictionary<string, List<Fiche>>> _byKeyword;
    private readonly Lazy<Dictionary<string, List<Fiche>>> _byRecord;
    private readonly Lazy<Dictionary<string, List<Fiche>>> _byDimension;
    private readonly Lazy<Dictionary<string, List<Fiche>>> _byRegion;
    private readonly Lazy<Dictionary<string, List<Fiche>>> _byRelated;
    private readonly Lazy<Dictionary<string, List<Fiche>>> _libraryByKeyword;

    public Manual(IReadOnlyList<Fiche> fichesInOrder, IReadOnlyList<Keyword> keywords, IReadOnlyList<BibliographyRecord> bibliography,
        IReadOnlyList<GlossaryTerm>? glossary = null)
        : this(fichesInOrder, keywords, bibliography, glossary, null)
    {
    }

    private Manual(IReadOnlyList<Fiche> fichesInOrder, IReadOnlyList<Keyword> keywords, IReadOnlyList<BibliographyRecord> bibliography,
        IReadOnlyList<GlossaryTerm>? glossary, IReadOnlyDictionary<string, IReadOnlyList<Backlink>>? backlinks)
    {
        if (backlinks is not null) _backlinks = backlinks;
        Glossary = glossary ?? [];
        _byRelated = new(() => Group(f => f.Related.Select(r => r.Fiche.Value)));
        Fiches = fichesInOrder;
        _byId = fichesInOrder.ToDictionary(f => f.Id.Value, StringComparer.Ordinal);
        _position = fichesInOrder.Select((f, i) => (f, i)).ToDictionary(p => p.f.Id.Value, p => p.i, StringComparer.Ordinal);
        Keywords = keywords;
        KeywordsById = keywords.ToDictionary(k => k.Id, StringComparer.Ordinal);
        Bibliography = bibliography;
        RecordsById = bibliography.ToDictionary(r => r.Id, StringComparer.Ordinal);
        // The printed index is the manual's: the library's keywords are kept apart.
        _byKeyword = new(() => Group(f => FicheTypes.IsLibrary(f.Type) ? [] : f.Keywords.Select(k => k.Value)));
        _libraryByKeyword = new(() => Group(f => FicheTypes.IsLibrary(f.Type) ? f.Keywords.Select(k => k.Value) : []));
        _byRecord = new(() => Group(f => f.Resources.Select(r => r.Ref?.Value).OfType<string>().Concat(f.BibliographyRefs.Select(b => b.Value))));
        _byDimension = new(() => Group(f => f.Dimensions.Select(d => d.Value)));
        _byRegion = new(() => Group(f => f.Territory?.Region is { } region ? [region] : []));
    }

    public IReadOnlyList<Fiche> Fiches { get; }

    /// <summary>Fiches and data that exist but could not be read: already reported, not reported again at each use.</summary>
    public UnreadableSources Unreadable { get; init; } = new();
    public IReadOnlyList<Keyword> Keywords { get; }
    public IReadOnlyDictionary<string, Keyword> KeywordsById { get; }
    public IReadOnlyList<BibliographyRecord> Bibliography { get; }
    public IReadOnlyDictionary<string, BibliographyRecord> RecordsById { get; }

    /// <summary>The drafts left out of this manual, as a plain build publishes it (they were checked first).</summary>
    public IReadOnlyList<Fiche> UnpublishedDrafts { get; init; } = [];

    /// <summary>The acronyms of content/glossaire.yml, in file order.</summary>
    public IReadOnlyList<GlossaryTerm> Glossary { get; }

    /// <summary>The resources whose `related` names a fiche: « Ressources liées », the relation read backwards.</summary>
    public IReadOnlyList<Fiche> RelatedResources(string ficheId) =>
        _byRelated.Value.TryGetValue(ficheId, out var list) ? list : [];

    public Fiche? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The library's resources and external cases that carry a keyword, in order.</summary>
    public IReadOnlyList<Fiche> LibraryWithKeyword(string keywordId) =>
        _libraryByKeyword.Value.TryGetValue(keywordId, out var list) ? list : [];

    /// <summary>The manual's fiches that carry a keyword, in the manual's order (the printed index).</summary>
    public IReadOnlyList<Fiche> WithKeyword(string keywordId) =>
        _byKeyword.Value.TryGetValue(keywordId, out var list) ? list : [];

    /// <summary>The fiches whose resources cite a bibliography record, in the manual's order.</summary>
    public IReadOnlyList<Fiche> CitingRecord(string recordId) =>
        _byRecord.Value.TryGetValue(recordId, out var list) ? list : [];

    /// <summary>
    /// A record that only the library's documents cite belongs to their bibliographies, not to the
    /// manual's: it is shown on the pages of the resources that list it.
    /// </summary>
    public bool IsLibraryRecord(string recordId) =>
        CitingRecord(recordId) is { Count: > 0 } citing && citing.All(f => FicheTypes.IsLibrary(f.Type));


    /// <summary>The méthodes and expériences that name a repère in their `dimensions`: the relation read backwards.</summary>
    public IReadOnlyList<Fiche> HavingDimension(string repereId) =>
        _byDimension.Value.TryGetValue(repereId, out var list) ? list : [];

    /// <summary>The expériences whose territory lies in a region, in the manual's order.</summary>
    public IReadOnlyList<Fiche> InRegion(string region) =>
        _byRegion.Value.TryGetValue(region, out var list) ? list : [];

    /// <summary>One pass over the fiches, in order: linear, whatever the size of the manual.</summary>
    private Dictionary<string, List<Fiche>> Group(Func<Fiche, IEnumerable<string>> keys)
    {
        var groups = new Dictionary<string, List<Fiche>>(StringComparer.Ordinal);
        foreach (var fiche in Fiches)
        {
            foreach (var key in keys(fiche).Distinct(StringComparer.Ordinal))
            {
                if (!groups.TryGetValue(key, out var list)) groups[key] = list = [];
                list.Add(fiche);
            }
        }
        return groups;
    }

    public IEnumerable<Fiche> OfType(FicheType type) => Fiches.Where(f => f.Type == type);

    /// <summary>The fiche before, within the manual or within the library: reading order never crosses from one to the other.</summary>
    public Fiche? Previous(Fiche fiche) => _position[fiche.Id.Value] is > 0 and var i ? SameShelf(fiche, Fiches[i - 1]) : null;

    public Fiche? Next(Fiche fiche) => _position[fiche.Id.Value] is var i && i < Fiches.Count - 1 ? SameShelf(fiche, Fiches[i + 1]) : null;

    private static Fiche? SameShelf(Fiche fiche, Fiche other) =>
        FicheTypes.IsLibrary(fiche.Type) == FicheTypes.IsLibrary(other.Type) ? other : null;

    /// <summary>The fiches citing this one, in manual order; none before the link phase.</summary>
    public IReadOnlyList<Backlink> BacklinksTo(Fiche fiche) =>
        _backlinks.TryGetValue(fiche.Id.Value, out var list) ? list : [];

    /// <summary>True for the manual the link phase returned: its references are resolved and its backlinks known.</summary>
    public bool IsLinked { get; private init; }

    /// <summary>The same manual, linked: a new value with the backlinks the link phase collected (by target id).</summary>
    internal Manual Linked(IReadOnlyDictionary<string, IReadOnlyList<Backlink>> backlinks) =>
        new(Fiches, Keywords, Bibliography, Glossary, backlinks)
        {
            Unreadable = Unreadable,
            UnpublishedDrafts = UnpublishedDrafts,
            IsLinked = true,
        };
}
