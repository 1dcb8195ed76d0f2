using Classeur.Model;

namespace Classeur.Knowledge;

/// <summary>
/// « Expériences proches »: the manual's other expériences that share the most dimensions with an
/// expérience, then its region; the best <c>count</c> are kept, and what the page already lists elsewhere
/// (« Pour aller plus loin », « Voir aussi ») is left out so that no fiche shows twice.
/// Cost: each expérience looks at most <see cref="Window"/> neighbours on each side in the list of each of
/// its dimensions and of its region (its place there is indexed once), so the whole site costs
/// O(expériences × dimensions per expérience × window): linear in the number of expériences, where
/// comparing every pair grew with their square. Below the window (the manual has 20), the ranking is exact.
/// </summary>
internal sealed class NearExperiences
{
    /// <summary>Neighbours looked at on each side of an expérience, per dimension and region.</summary>
    public const int Window = 40;

    private readonly Dictionary<Fiche, int> _position = [];
    private readonly Dictionary<string, List<Fiche>> _byDimension = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Fiche>> _byRegion = new(StringComparer.Ordinal);
    private readonly Dictionary<(Fiche, string), int> _placeInDimension = [];
    private readonly Dictionary<Fiche, int> _placeInRegion = [];
    private readonly int _count;

    public NearExperiences(Manual manual, int count)
    {
        _count = count;
        foreach (var fiche in manual.Fiches.Where(f => f.Type == FicheType.Experience))
        {
            _position[fiche] = _position.Count;
            foreach (var dimension in fiche.Dimensions.Select(d => d.Value).Distinct(StringComparer.Ordinal))
                _placeInDimension[(fiche, dimension)] = Add(_byDimension, dimension, fiche);
            if (fiche.Territory?.Region is { } region) _placeInRegion[fiche] = Add(_byRegion, region, fiche);
        }
    }

    /// <summary>The ranked expériences near <paramref name="fiche"/>, none of <paramref name="shown"/>.</summary>
    public IReadOnlyList<NearExperience> For(Fiche fiche, IReadOnlySet<Fiche> shown)
    {
        if (fiche.Type != FicheType.Experience || _count <= 0) return [];
        var shared = new Dictionary<Fiche, int>();
        foreach (var dimension in fiche.Dimensions.Select(d => d.Value).Distinct(StringComparer.Ordinal))
        {
            foreach (var other in Around(_byDimension[dimension], _placeInDimension[(fiche, dimension)]))
                shared[other] = shared.GetValueOrDefault(other) + 1;
        }
        var region = fiche.Territory?.Region;
        var sameRegion = region is null ? [] : Around(_byRegion[region], _placeInRegion[fiche]).ToHashSet();
        return shared.Keys.Concat(sameRegion).Distinct()
            .Where(other => !shown.Contains(other))
            .Select(other => new NearExperience(other, shared.GetValueOrDefault(other), sameRegion.Contains(other) ? region : null))
            // A shared dimension says more about the practice than a shared region: it weighs two.
            .OrderByDescending(n => n.SharedDimensions * 2 + (n.Region is null ? 0 : 1))
            .ThenBy(n => _position[n.Fiche])
            .Take(_count)
            .ToList();
    }

    private static IEnumerable<Fiche> Around(List<Fiche> list, int place)
    {
        for (var i = Math.Max(0, place - Window); i <= Math.Min(list.Count - 1, place + Window); i++)
        {
            if (i != place) yield return list[i];
        }
    }

    private static int Add(Dictionary<string, List<Fiche>> lists, string key, Fiche fiche)
    {
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
        list.Add(fiche);
        return list.Count - 1;
    }
}
