using System.Globalization;
using System.Text;
using Classeur.Model;
using static System.Net.WebUtility;

namespace Classeur.Knowledge;

/// <summary>A node placed on the drawing: its box's top-left corner, its link and accessible name.</summary>
public sealed record PlacedNode(Fiche Fiche, double X, double Y, string Href, string Name, bool Current = false);

/// <summary>A column heading written above the nodes.</summary>
public sealed record GraphHeading(string Text, double X, double Y, bool AlignEnd = false);

/// <summary>
/// Writes a graph as static SVG: edges first (drawn under the boxes), then one link per node, named
/// with the fiche's full citation and showing its id. The three kinds of edges differ by dash pattern,
/// not by colour alone. Sizes are in viewBox units: the drawing scales to the width of the screen.
/// </summary>
public static class GraphSvg
{
    public const double NodeWidth = 96;
    public const double NodeHeight = 26;

    public static string Render(string cssClass, double width, double height, string label, IReadOnlyList<PlacedNode> nodes,
        IEnumerable<GraphEdge> edges, IEnumerable<GraphHeading> headings)
    {
        var at = nodes.ToDictionary(n => n.Fiche);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"{cssClass}\" viewBox=\"0 0 {N(width)} {N(height)}\" role=\"group\" aria-label=\"{HtmlEncode(label)}\">\n");
        foreach (var heading in headings)
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"graphe-titre-colonne{(heading.AlignEnd ? " graphe-titre-fin" : "")}\" x=\"{N(heading.X)}\" y=\"{N(heading.Y)}\" aria-hidden=\"true\">{HtmlEncode(heading.Text)}</text>\n");
        svg.Append("<g class=\"graphe-liens\" aria-hidden=\"true\">\n");
        foreach (var edge in edges)
        {
            if (at.TryGetValue(edge.From, out var from) && at.TryGetValue(edge.To, out var to))
                svg.Append(CultureInfo.InvariantCulture, $"<path class=\"graphe-lien graphe-lien-{Kind(edge.Kind)}\" d=\"{Curve(from, to)}\"/>\n");
        }
        svg.Append("</g>\n<g class=\"graphe-noeuds\">\n");
        foreach (var node in nodes)
        {
            var type = FicheTypes.Key(node.Fiche.Type);
            var current = node.Current ? " graphe-noeud-courant" : "";
            var box = $"<rect class=\"graphe-noeud graphe-noeud-{type}{current}\" x=\"{N(node.X)}\" y=\"{N(node.Y)}\" width=\"{N(NodeWidth)}\" height=\"{N(NodeHeight)}\" rx=\"{(node.Fiche.Type == FicheType.Repere ? 2 : 12)}\"/>"
                + $"<text class=\"graphe-etiquette\" x=\"{N(node.X + NodeWidth / 2)}\" y=\"{N(node.Y + NodeHeight / 2 + 5)}\">{HtmlEncode(node.Fiche.Id.Value)}</text>";
            svg.Append(node.Current
                ? $"<g aria-hidden=\"true\">{box}</g>\n"
                : $"<a href=\"{HtmlEncode(node.Href)}\" aria-label=\"{HtmlEncode(node.Name)}\"><title>{HtmlEncode(node.Name)}</title>{box}</a>\n");
        }
        svg.Append("</g>\n</svg>");
        return svg.ToString();
    }

    public static string Kind(EdgeKind kind) => kind switch
    {
        EdgeKind.Dimension => "dimension",
        EdgeKind.SeeAlso => "plus-loin",
        _ => "renvoi",
    };

    /// <summary>Side to side between columns; an arc beside the column when both ends are in the same one.</summary>
    private static string Curve(PlacedNode from, PlacedNode to)
    {
        var y1 = from.Y + NodeHeight / 2;
        var y2 = to.Y + NodeHeight / 2;
        if (Math.Abs(from.X - to.X) < 1)
        {
            var x = from.X;
            var bulge = x - 12 - Math.Min(60, Math.Abs(y2 - y1) * 0.12);
            return $"M{N(x)} {N(y1)} C{N(bulge)} {N(y1)} {N(bulge)} {N(y2)} {N(x)} {N(y2)}";
        }
        var (x1, x2) = from.X < to.X ? (from.X + NodeWidth, to.X) : (from.X, to.X + NodeWidth);
        var middle = (x1 + x2) / 2;
        return $"M{N(x1)} {N(y1)} C{N(middle)} {N(y1)} {N(middle)} {N(y2)} {N(x2)} {N(y2)}";
    }

    private static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
