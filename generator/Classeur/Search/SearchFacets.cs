using Classeur.Configuration;
using Classeur.Model;

namespace Classeur.Search;

/// <summary>
/// The filters of the search and the values each fiche takes. The browser builds one labelled
/// drop-down list per facet from what is written here, so a new filter is one line in <see cref="All"/>.
/// </summary>
public sealed class SearchFacets
{
    /// <summary>The filters, in the order the search shows them.</summary>
    public static readonly IReadOnlyList<SearchFacet> All =
    [
        new("type", "Type de fiche", (f, _, config) => [config.Label(FicheTypes.Key(f.Type))], ManualOrder: true),
        new("mot_cle", "Mot clef", (f, manual, _) => f.Keywords.Select(k => manual.KeywordsById.TryGetValue(k.Value, out var kw) ? kw.Display : k.Value)),
        new("region", "Région", (f, _, _) => f.Territory?.Region is { Length: > 0 } region ? [region] : []),
        new("origine", "Origine", (f, _, _) => [f.Type is FicheType.Ressource or FicheType.ExperienceExterne ? "source externe" : "manuel"]),
    ];

    private readonly Dictionary<string, int[][]> _byFiche = new(StringComparer.Ordinal);

    private SearchFacets(IReadOnlyList<(string Name, string Label, IReadOnlyList<string> Values)> facets, string legend, string any)
    {
        Facets = facets;
        Legend = legend;
        Any = any;
    }

    /// <summary>The legend of the group of filters, and the first choice of each list (no filter).</summary>
    public string Legend { get; }

    public string Any { get; }

    /// <summary>Each facet with its label (site.yml may rename it) and its values, in the order the list shows them.</summary>
    public IReadOnlyList<(string Name, string Label, IReadOnlyList<string> Values)> Facets { get; }

    /// <summary>For a fiche, per facet, the positions of its values in <see cref="Facets"/>.</summary>
    public IReadOnlyList<int[]>? Of(string ficheId) => _byFiche.GetValueOrDefault(ficheId);

    public static SearchFacets Compute(Manual manual, SiteConfig config) => Compute(manual, config, All);

    public static SearchFacets Compute(Manual manual, SiteConfig config, IReadOnlyList<SearchFacet> facets)
    {
        var perFiche = manual.Fiches.Select(f => facets.Select(facet => facet.Values(f, manual, config).Distinct(StringComparer.Ordinal).ToList()).ToList()).ToList();
        var lists = new List<(string, string, IReadOnlyList<string>)>();
        var positions = new List<Dictionary<string, int>>();
        for (var i = 0; i < facets.Count; i++)
        {
            var values = perFiche.SelectMany(f => f[i]).Distinct(StringComparer.Ordinal).ToList();
            if (!facets[i].ManualOrder)
                values = [.. values.OrderBy(SortKey, StringComparer.Ordinal).ThenBy(v => v, StringComparer.Ordinal)];
            var label = config.Labels.TryGetValue("recherche_filtre_" + facets[i].Name, out var renamed) ? renamed : facets[i].Label;
            lists.Add((facets[i].Name, label, values));
            positions.Add(values.Select((v, p) => (v, p)).ToDictionary(x => x.v, x => x.p, StringComparer.Ordinal));
        }
        var result = new SearchFacets(lists, config.Label("recherche_filtres"), config.Label("recherche_filtre_tous"));
        for (var f = 0; f < manual.Fiches.Count; f++)
            result._byFiche[manual.Fiches[f].Id.Value] = [.. perFiche[f].Select((values, i) => values.Select(v => positions[i][v]).Order().ToArray())];
        return result;
    }

    /// <summary>Alphabetical without culture data: accents folded, case ignored (« Île-de-France » among the I).</summary>
    private static string SortKey(string value) => FrenchPipeline.FoldAccents(value.ToLowerInvariant());
}
