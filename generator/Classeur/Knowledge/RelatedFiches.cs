using Classeur.Configuration;
using Classeur.Model;

namespace Classeur.Knowledge;

/// <summary>
/// « Voir aussi »: fiches close to a fiche that it does not already link to. Each shared keyword,
/// shared repère (both name it in their dimensions) and link (the other fiche links here, or both link
/// to the same fiche) adds its weight from site.yml « related: ». Candidates come from the reverse
/// indexes, never from a scan of every pair; ties keep the manual's order, so the output is stable.
/// Cost: in each list a fiche belongs to (a keyword's, a repère's, a fiche's incoming links), only the
/// <see cref="Window"/> neighbours on each side count, so a keyword that thousands of fiches share costs
/// each of them the window, not the list: linear in the size of the manual. Lists up to 2 × Window + 1
/// (every list of the manual) are read whole, so the manual's suggestions are exact.
/// </summary>
internal sealed class RelatedFiches(Manual manual, RelatedSettings settings, ManualLinks links)
{
    public const int Window = 40;

    private readonly Dictionary<Fiche, int> _position = manual.Fiches.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i);
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Fiche>, Dictionary<Fiche, int>> _places = [];

    public IReadOnlyList<Suggestion> For(Fiche fiche)
    {
        if (fiche.Type == FicheType.Page || settings.Count <= 0) return [];
        var keywords = new Dictionary<Fiche, int>();
        foreach (var keyword in fiche.Keywords.Select(k => k.Value).Distinct(StringComparer.Ordinal))
            Count(keywords, Around(manual.WithKeyword(keyword), fiche));

        var dimensions = new Dictionary<Fiche, int>();
        foreach (var dimension in fiche.Dimensions.Select(d => d.Value).Distinct(StringComparer.Ordinal))
            Count(dimensions, Around(manual.HavingDimension(dimension), fiche));

        var shared = new Dictionary<Fiche, int>();
        foreach (var target in links.From(fiche)) Count(shared, Around(links.To(target), fiche));
        var here = links.To(fiche).ToHashSet();

        // Already on the page: what the fiche links to, its dimensions, and for a repère the fiches that apply it.
        var excluded = links.From(fiche).Concat(fiche.Dimensions.Select(d => manual.Find(d.Value)).OfType<Fiche>())
            .Concat(fiche.Type == FicheType.Repere ? manual.HavingDimension(fiche.Id.Value) : []).Append(fiche).ToHashSet();
        return keywords.Keys.Concat(dimensions.Keys).Concat(shared.Keys).Concat(here).Distinct()
            .Where(c => c.Type != FicheType.Page && !excluded.Contains(c))
            .Select(c =>
            {
                var (k, d, l, h) = (keywords.GetValueOrDefault(c), dimensions.GetValueOrDefault(c), shared.GetValueOrDefault(c), here.Contains(c));
                return new Suggestion(c, k * settings.Keywords + d * settings.Dimensions + (l + (h ? 1 : 0)) * settings.Links, k, d, l, h);
            })
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .ThenBy(s => _position[s.Fiche])
            .Take(settings.Count)
            .ToList();
    }

    /// <summary>The list whole when it is short, else the <see cref="Window"/> fiches on each side of <paramref name="fiche"/>.</summary>
    private IEnumerable<Fiche> Around(IReadOnlyList<Fiche> list, Fiche fiche)
    {
        if (list.Count <= (2 * Window) + 1) return list;
        var places = _places.GetValue(list, l => l.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i));
        if (!places.TryGetValue(fiche, out var place)) return list.Take((2 * Window) + 1);
        return list.Skip(Math.Max(0, place - Window)).Take((2 * Window) + 1);
    }

    private static void Count(Dictionary<Fiche, int> counts, IEnumerable<Fiche> fiches)
    {
        foreach (var other in fiches) counts[other] = counts.GetValueOrDefault(other) + 1;
    }
}
