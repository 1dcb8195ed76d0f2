using Classeur.Model;

namespace Classeur.Knowledge;

/// <summary>
/// Who links to whom, both ways: « Pour aller plus loin », [[renvois]] and ::: exemple boxes, read
/// once from the backlinks the link phase recorded. Shared by the suggestions, the graph and the report.
/// </summary>
public sealed class ManualLinks
{
    private static readonly IReadOnlyList<Fiche> None = [];
    private readonly Dictionary<Fiche, List<Fiche>> _outgoing = [];
    private readonly Dictionary<Fiche, List<Fiche>> _incoming = [];
    private readonly HashSet<(Fiche, Fiche)> _seeAlso = [];

    public ManualLinks(Manual manual)
    {
        // Targets in the manual's order, sources in the order the link phase met them (the manual's).
        foreach (var target in manual.Fiches)
        {
            foreach (var source in manual.BacklinksTo(target).Select(b => b.Source).Distinct())
            {
                Add(_outgoing, source, target);
                Add(_incoming, target, source);
            }
        }
        foreach (var fiche in manual.Fiches)
        {
            foreach (var id in fiche.SeeAlso)
            {
                if (manual.Find(id.Value) is { } target && target != fiche) _seeAlso.Add((fiche, target));
            }
        }
    }

    /// <summary>The fiches this one links to (see_also, renvois, exemples), each once.</summary>
    public IReadOnlyList<Fiche> From(Fiche fiche) => _outgoing.TryGetValue(fiche, out var list) ? list : None;

    /// <summary>The fiches that link to this one, each once.</summary>
    public IReadOnlyList<Fiche> To(Fiche fiche) => _incoming.TryGetValue(fiche, out var list) ? list : None;

    /// <summary>True when <paramref name="source"/> names <paramref name="target"/> in its « Pour aller plus loin ».</summary>
    public bool SeeAlso(Fiche source, Fiche target) => _seeAlso.Contains((source, target));

    private static void Add(Dictionary<Fiche, List<Fiche>> map, Fiche key, Fiche value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(value);
    }
}
