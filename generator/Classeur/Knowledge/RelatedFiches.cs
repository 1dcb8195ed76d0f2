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
    private readonly IReadOnlyList<Fiche> _fiches = manual.Fiches;
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Fiche>, Dictionary<Fiche, int>> _places = [];
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<Fiche>, int[]> _positions = [];

    /// <summary>
    /// One thread's counts, indexed by the fiches' places in the manual: a fiche's candidates are counted
    /// in arrays rather than dictionaries (a few hundred per fiche, four thousand fiches at x100), and
    /// only the places touched are cleared after.
    /// </summary>
    private sealed class Counts(int size)
    {
        public readonly int[] Keywords = new int[size];
        public readonly int[] Dimensions = new int[size];
        public readonly int[] Links = new int[size];
        public readonly byte[] Flags = new byte[size];
        public readonly List<int> Touched = [];
    }

    private const byte Seen = 1;
    private const byte Here = 2;
    private const byte Excluded = 4;

    [ThreadStatic]
    private static Counts? _counts;

    public IReadOnlyList<Suggestion> For(Fiche fiche)
    {
        if (fiche.Type == FicheType.Page || settings.Count <= 0) return [];
        var counts = _counts is { } reused && reused.Flags.Length == _fiches.Count ? reused : _counts = new Counts(_fiches.Count);
        try
        {
            foreach (var keyword in fiche.Keywords.Select(k => k.Value).Distinct(StringComparer.Ordinal))
                Count(counts, counts.Keywords, manual.WithKeyword(keyword), fiche);
            foreach (var dimension in fiche.Dimensions.Select(d => d.Value).Distinct(StringComparer.Ordinal))
                Count(counts, counts.Dimensions, manual.HavingDimension(dimension), fiche);
            foreach (var target in links.From(fiche)) Count(counts, counts.Links, links.To(target), fiche);
            foreach (var other in links.To(fiche)) Mark(counts, _position[other], Here);

            // Already on the page: what the fiche links to, its dimensions, and for a repère the fiches that apply it.
            foreach (var other in links.From(fiche)) Mark(counts, _position[other], Excluded);
            foreach (var dimension in fiche.Dimensions)
            {
                if (manual.Find(dimension.Value) is { } target) Mark(counts, _position[target], Excluded);
            }
            if (fiche.Type == FicheType.Repere)
            {
                foreach (var other in manual.HavingDimension(fiche.Id.Value)) Mark(counts, _position[other], Excluded);
            }
            Mark(counts, _position[fiche], Excluded);

            // The best by score, then by the manual's order: a short insertion into the few kept.
            var best = new List<(int Score, int Place)>(settings.Count + 1);
            foreach (var place in counts.Touched)
            {
                if ((counts.Flags[place] & Excluded) != 0 || _fiches[place].Type == FicheType.Page) continue;
                var score = Score(counts, place);
                if (score <= 0) continue;
                var at = best.Count;
                while (at > 0 && (best[at - 1].Score < score || (best[at - 1].Score == score && best[at - 1].Place > place))) at--;
                if (at >= settings.Count) continue;
                best.Insert(at, (score, place));
                if (best.Count > settings.Count) best.RemoveAt(best.Count - 1);
            }
            return [.. best.Select(b => new Suggestion(_fiches[b.Place], b.Score, counts.Keywords[b.Place], counts.Dimensions[b.Place], counts.Links[b.Place],
                (counts.Flags[b.Place] & Here) != 0))];
        }
        finally
        {
            foreach (var place in counts.Touched)
            {
                counts.Keywords[place] = counts.Dimensions[place] = counts.Links[place] = 0;
                counts.Flags[place] = 0;
            }
            counts.Touched.Clear();
        }
    }

    private int Score(Counts counts, int place) =>
        (counts.Keywords[place] * settings.Keywords) + (counts.Dimensions[place] * settings.Dimensions)
        + ((counts.Links[place] + ((counts.Flags[place] & Here) != 0 ? 1 : 0)) * settings.Links);

    private static void Mark(Counts counts, int place, byte flag)
    {
        if (counts.Flags[place] == 0) counts.Touched.Add(place);
        counts.Flags[place] |= (byte)(flag | Seen);
    }

    /// <summary>Counts, in <paramref name="into"/>, the fiches of the list around <paramref name="fiche"/>: the list whole when it is short, else the <see cref="Window"/> fiches on each side.</summary>
    private void Count(Counts counts, int[] into, IReadOnlyList<Fiche> list, Fiche fiche)
    {
        var positions = list.Count == 0 ? [] : _positions.GetValue(list, l => [.. l.Select(f => _position[f])]);
        var (start, length) = (0, list.Count);
        if (list.Count > (2 * Window) + 1)
        {
            var places = _places.GetValue(list, l => l.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i));
            start = places.TryGetValue(fiche, out var place) ? Math.Max(0, place - Window) : 0;
            length = Math.Min((2 * Window) + 1, list.Count - start);
        }
        for (var i = start; i < start + length; i++)
        {
            var at = positions[i];
            Mark(counts, at, Seen);
            into[at]++;
        }
    }
}
