using Classeur.Configuration;
using Classeur.Knowledge;
using Classeur.Linking;
using Classeur.Model;
using Classeur.Rendering.Models;

namespace Classeur.Rendering;

/// <summary>
/// « L’architecture du manuel »: the whole graph as SVG, and the same edges as text (each fiche and the
/// fiches it names) for screen readers, print and small screens. Also each fiche's neighbourhood.
/// </summary>
internal sealed class GraphViewModel(SiteConfig config, ManualGraph graph)
{
    public const string Url = "graphe.html";

    public GraphView Build()
    {
        var (nodes, width, height) = GraphLayouts.Manual(graph.Nodes, f => SiteUrls.Relative(Url, f.Url), f => f.CitationText);
        var headings = new[] { FicheType.Repere, FicheType.Methode, FicheType.Experience }
            .Select(t => nodes.Where(n => n.Fiche.Type == t).Select(n => n.X).DefaultIfEmpty(-1).First() is var x && x >= 0
                ? new GraphHeading(config.Label(FicheTypes.Key(t) + "s"), x, 24) : null)
            .OfType<GraphHeading>();
        var label = string.Format(System.Globalization.CultureInfo.InvariantCulture, config.Label("graphe_svg"), graph.Nodes.Count, graph.Edges.Count);
        return new(
            GraphSvg.Render("graphe-manuel", width, height, label, nodes, graph.Edges, headings),
            graph.Nodes.Count,
            graph.Edges.Count,
            graph.Nodes.GroupBy(n => n.Type).Select(g => new ItemGroup<FicheLink>(null, config.Label(FicheTypes.Key(g.Key) + "s"), g.Select(f =>
                ViewModels.Link(Url, f) with
                {
                    Edges = new[] { EdgeKind.Dimension, EdgeKind.SeeAlso, EdgeKind.Citation }
                        .Select(kind => (kind, targets: graph.From(f).Where(e => e.Kind == kind).Select(e => e.To.Id.Value).ToList()))
                        .Where(p => p.targets.Count > 0)
                        .Select(p => new GraphEdges(config.Label("graphe_" + GraphSvg.Kind(p.kind)), string.Join(", ", p.targets)))
                        .ToList(),
                }).ToList())).ToList());
    }

    /// <summary>A fiche with its direct neighbours: those linking to it on the left, those it links to on the right.</summary>
    public string? Neighbourhood(Fiche fiche)
    {
        if (fiche.Type is not (FicheType.Repere or FicheType.Methode or FicheType.Experience)) return null;
        var outgoing = graph.From(fiche).Select(e => e.To).Distinct().ToList();
        var outgoingSet = outgoing.ToHashSet();
        var incoming = graph.To(fiche).Select(e => e.From).Distinct().Where(f => !outgoingSet.Contains(f)).ToList();
        var incomingSet = incoming.ToHashSet();
        if (incoming.Count + outgoing.Count == 0) return null;
        var (nodes, width, height) = GraphLayouts.Neighbourhood(fiche, incoming, outgoing, f => SiteUrls.Relative(fiche.Url, f.Url), f => f.CitationText);
        var edges = graph.From(fiche).Concat(graph.To(fiche).Where(e => incomingSet.Contains(e.From)));
        var headings = new List<GraphHeading>();
        if (incoming.Count > 0) headings.Add(new GraphHeading(config.Label("voisinage_entrants"), nodes.First(n => !n.Current).X, 24));
        if (outgoing.Count > 0) headings.Add(new GraphHeading(config.Label("voisinage_sortants"), nodes.Last().X + GraphSvg.NodeWidth, 24, AlignEnd: true));
        var label = string.Format(System.Globalization.CultureInfo.InvariantCulture, config.Label("voisinage_svg"), fiche.Id.Value, incoming.Count + outgoing.Count);
        return GraphSvg.Render("graphe-voisinage", width, height, label, nodes, edges, headings);
    }
}
