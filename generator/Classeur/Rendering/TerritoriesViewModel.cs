using System.Globalization;
using Classeur.Configuration;
using Classeur.Knowledge;
using Classeur.Linking;
using Classeur.Model;
using Classeur.Rendering.Models;
using Classeur.Text;

namespace Classeur.Rendering;

/// <summary>
/// « Expériences par territoire »: every fiche with a `territory.departement`, whatever its type, on a
/// map of the départements and as a list, region → département → fiches grouped by type label; then,
/// off the map, those whose source does not say where (`departement: non-precise`), by region when known.
/// </summary>
internal sealed class TerritoriesViewModel(Manual manual, SiteConfig config, FranceMap? map)
{
    public const string Url = "territoires.html";

    public TerritoriesView Build()
    {
        var located = manual.Fiches.Where(f => !string.IsNullOrWhiteSpace(f.Territory?.Departement)).ToList();
        var names = map?.Departements.ToDictionary(d => d.Code, d => d.Name, StringComparer.Ordinal) ?? [];
        var departements = located.GroupBy(f => f.Territory!.Departement!.Trim(), StringComparer.Ordinal)
            .Select(g => new Departement(g.Key, names.GetValueOrDefault(g.Key), RegionOf(g.Key, g.First()), g.ToList()))
            .ToList();

        // Cases abroad come last, under their own heading, after the French regions.
        var regions = departements.GroupBy(d => d.Region, StringComparer.Ordinal)
            .OrderBy(g => g.Key == config.Label("etranger"))
            .ThenBy(g => SortKey(g.Key), StringComparer.Ordinal)
            .Select(g => new RegionView(g.Key, g.OrderBy(d => d.Code, StringComparer.Ordinal).Select(View).ToList()))
            .ToList();

        var marks = departements.Where(d => d.MapName is not null)
            .Select(d => new TerritoryMapSvg.Mark(d.Code, "#" + d.Anchor, $"{d.MapName} : {Count(d.Fiches.Count)}", d.Fiches.Count))
            .ToList();
        var label = string.Format(CultureInfo.InvariantCulture, config.Label("carte_legende_svg"), marks.Count);
        var unplaced = manual.Fiches.Where(f => f.Territory is { NotGivenBySource: true }).ToList();
        return new(map is null ? null : TerritoryMapSvg.Render(map, marks, label), TerritoryMapSvg.Swatch(), regions,
            Count(located.Count + unplaced.Count), departements.Count, Unplaced(unplaced), Count(unplaced.Count));
    }

    /// <summary>
    /// The cases whose place the source does not give: never on the map, never under a guessed
    /// département; grouped by region when the source names one, the others last.
    /// </summary>
    private List<UnplacedRegion> Unplaced(List<Fiche> fiches) =>
        fiches.GroupBy(f => f.Territory!.Region ?? "", StringComparer.Ordinal)
            .OrderBy(g => g.Key.Length == 0).ThenBy(g => SortKey(g.Key), StringComparer.Ordinal)
            .Select(g => new UnplacedRegion(g.Key.Length == 0 ? config.Label("region_inconnue") : g.Key, Count(g.Count()), Groups(g.ToList())))
            .ToList();

    /// <summary>« 99 » is INSEE's code for « abroad »: such a case has no French region and no département name.</summary>
    private const string AbroadCode = "99";

    private string RegionOf(string code, Fiche first) =>
        code == AbroadCode ? config.Label("etranger") : first.Territory!.Region ?? config.Label("region_inconnue");

    private DepartementView View(Departement d) => new(
        d.Anchor,
        d.Code == AbroadCode ? $"{config.Label("etranger_departement")} ({d.Code})" : d.MapName is null ? d.Code : $"{d.MapName} ({d.Code})",
        d.MapName is null && d.Code != AbroadCode,
        d.Code == AbroadCode,
        Count(d.Fiches.Count),
        Groups(d.Fiches));

    /// <summary>Grouped by type label: a new type with a territory (expériences externes…) appears on its own.</summary>
    private List<ItemGroup<FicheLink>> Groups(List<Fiche> fiches) =>
        fiches.GroupBy(f => f.Type).OrderBy(g => g.Key)
            .Select(g => new ItemGroup<FicheLink>(null, TypePlural(g.Key), g.Select(f => ViewModels.Link(Url, f, LinkPhase.Describe(f))).ToList()))
            .ToList();

    /// <summary>« Expériences » for a type whose plural has a label, else the type's own label.</summary>
    private string TypePlural(FicheType type)
    {
        var plural = FicheTypes.Key(type) + "s";
        return DefaultLabels.All.ContainsKey(plural) || config.Labels.ContainsKey(plural) ? config.Label(plural) : config.Label(FicheTypes.Key(type));
    }

    private string Count(int n) => n == 1 ? config.Label("une_experience") : $"{n} {config.Label("experiences").ToLowerInvariant()}";

    /// <summary>Regions sort as in a French list (« Île-de-France » among the I), the same on every machine.</summary>
    private static string SortKey(string text) =>
        Diacritics.Strip(text).ToLowerInvariant();

    private sealed record Departement(string Code, string? MapName, string Region, List<Fiche> Fiches)
    {
        public string Anchor => "departement-" + Code.ToLowerInvariant();
    }
}
