using Classeur.Model;

namespace Classeur.Knowledge;

/// <summary>How one fiche is tied to another in the graph.</summary>
internal enum EdgeKind
{
    /// <summary>A méthode or expérience names a repère in its `dimensions`.</summary>
    Dimension,

    /// <summary>« Pour aller plus loin » (`see_also`).</summary>
    SeeAlso,

    /// <summary>A [[renvoi]] or an ::: exemple box in the text.</summary>
    Citation,
}

/// <summary>One edge of the graph, from the fiche that names to the fiche named.</summary>
internal sealed record GraphEdge(Fiche From, Fiche To, EdgeKind Kind);

/// <summary>
/// The manual's architecture as a graph: repères, méthodes and expériences (pages are left out), and
/// one edge per ordered pair, of the strongest kind (dimension, then « Pour aller plus loin », then citation).
/// </summary>
internal sealed class ManualGraph
{
    private readonly Dictionary<Fiche, List<GraphEdge>> _out = [];
    private readonly Dictionary<Fiche, List<GraphEdge>> _in = [];

    public ManualGraph(Manual manual, ManualLinks links)
    {
        // The manual's architecture: its repères, méthodes and expériences. Pages and the library (resources,
        // external cases, shown with their own relations on their pages) stay out.
        Nodes = manual.Fiches.Where(IsManualFiche).ToList();
        var edges = new Dictionary<(Fiche, Fiche), GraphEdge>();
        foreach (var fiche in Nodes)
        {
            foreach (var target in fiche.Dimensions.Select(d => manual.Find(d.Value)).OfType<Fiche>().Where(t => t.Type == FicheType.Repere))
                edges.TryAdd((fiche, target), new GraphEdge(fiche, target, EdgeKind.Dimension));
            foreach (var target in links.From(fiche).Where(IsManualFiche))
                edges.TryAdd((fiche, target), new GraphEdge(fiche, target, links.SeeAlso(fiche, target) ? EdgeKind.SeeAlso : EdgeKind.Citation));
        }
        Edges = edges.Values.ToList();
        foreach (var edge in Edges)
        {
            Add(_out, edge.From, edge);
            Add(_in, edge.To, edge);
        }
    }

    private static bool IsManualFiche(Fiche fiche) => fiche.Type is FicheType.Repere or FicheType.Methode or FicheType.Experience;

    /// <summary>In the manual's order.</summary>
    public IReadOnlyList<Fiche> Nodes { get; }

    /// <summary>Grouped by source in the manual's order, targets in the order they were met: stable.</summary>
    public IReadOnlyList<GraphEdge> Edges { get; }

    public IReadOnlyList<GraphEdge> From(Fiche fiche) => _out.TryGetValue(fiche, out var list) ? list : [];

    public IReadOnlyList<GraphEdge> To(Fiche fiche) => _in.TryGetValue(fiche, out var list) ? list : [];

    private static void Add(Dictionary<Fiche, List<GraphEdge>> map, Fiche key, GraphEdge edge)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(edge);
    }
}
