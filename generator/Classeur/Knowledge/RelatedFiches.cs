using Classeur.Configuration;
using Classeur.Model;

namespace Classeur.Knowledge;

/// <summary>
/// « Voir aussi »: fiches close to a fiche that it does not already link to. Each shared keyword,
/// shared repère (both name it in their dimensions) and link (the other fiche links here, or both link
/// to the same fiche) adds its weight from site.yml « related: ». Candidates come from the reverse
/// indexes, never from a scan of every pair; ties keep the manual's order, so the output is stable.
/// </summary>
public sealed class RelatedFiches(Manual manual, RelatedSettings settings, ManualLinks links)
{
    private readonly Dictionary<Fiche, int> _position = manual.Fiches.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i);

    public IReadOnlyList<Suggestion> For(Fiche fiche)
    {
        if (fiche.Type == FicheType.Page || settings.Count <= 0) return [];
        var keywords = new Dictionary<Fiche, int>();
        foreach (var keyword in fiche.Keywords.Select(k => k.Value).Distinct(StringComparer.Ordinal))
            Count(keywords, manual.WithKeyword(keyword));

        var dimensions = new Dictionary<Fiche, int>();
        foreach (var dimension in fiche.Dimensions.Select(d => d.Value).Distinct(StringComparer.Ordinal))
            Count(dimensions, manual.HavingDimension(dimension));

        var shared = new Dictionary<Fiche, int>();
        foreach (var target in links.From(fiche)) Count(shared, links.To(target));
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

    private static void Count(Dictionary<Fiche, int> counts, IEnumerable<Fiche> fiches)
    {
        foreach (var other in fiches) counts[other] = counts.GetValueOrDefault(other) + 1;
    }
}
