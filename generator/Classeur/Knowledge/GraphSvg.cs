using System.Globalization;
using System.Text;
using Classeur.Model;
using static System.Net.WebUtility;

namespace Classeur.Knowledge;

/// <summary>A node placed on the drawing: its box's top-left corner, its link and accessible name.</summary>
internal sealed record PlacedNode(Fiche Fiche, double X, double Y, string Href, string Name, bool Current = false)
{
    /// <summary>The box's width: the whole manual's boxes are wider, to hold a short title beside the id.</summary>
    public double Width { get; init; } = GraphSvg.NodeWidth;
}

/// <summary>A column heading written above the nodes.</summary>
internal sealed record GraphHeading(string Text, double X, double Y, bool AlignEnd = false);

/// <summary>
/// Writes a graph as static SVG: edges first (drawn under the boxes), then one link per node, named
/// with the fiche's full citation and showing its id. The three kinds of edges differ by dash pattern,
/// not by colour alone. Sizes are in viewBox units: the drawing scales to the width of the screen.
/// Each edge names its ends (data-de, data-vers) and each box its fiche (data-fiche): graphe.js
/// highlights a fiche's edges and neighbours when it is hovered or focused.
/// </summary>
internal static class GraphSvg
{
    public const double NodeWidth = 96;
    public const double NodeHeight = 26;

    // One builder per thread, kept from drawing to drawing: a new one grew chunk by chunk for every fiche's neighbourhood.
    [ThreadStatic]
    private static StringBuilder? t_svg;

    public static string Render(string cssClass, double width, double height, string label, IReadOnlyList<PlacedNode> nodes,
        IEnumerable<GraphEdge> edges, IEnumerable<GraphHeading> headings)
    {
        var svg = t_svg ?? new StringBuilder(16 * 1024);
        t_svg = null;
        svg.Clear();
        try
        {
            Write(svg, cssClass, width, height, label, nodes, edges, headings);
            return svg.ToString();
        }
        finally
        {
            if (svg.Capacity <= 256 * 1024) t_svg = svg;
        }
    }

    /// <summary>
    /// Every piece written into the drawing, numbers formatted in place: a string per box, label and number was
    /// about five times the drawing's own size in garbage at ×100.
    /// </summary>
    private static void Write(StringBuilder svg, string cssClass, double width, double height, string label, IReadOnlyList<PlacedNode> nodes,
        IEnumerable<GraphEdge> edges, IEnumerable<GraphHeading> headings)
    {
        var at = nodes.ToDictionary(n => n.Fiche);
        var invariant = CultureInfo.InvariantCulture;
        svg.Append(invariant, $"<svg class=\"{cssClass}\" viewBox=\"0 0 {R(width)} {R(height)}\" role=\"group\" aria-label=\"{HtmlEncode(label)}\">\n");
        foreach (var heading in headings)
            svg.Append(invariant, $"<text class=\"graphe-titre-colonne{(heading.AlignEnd ? " graphe-titre-fin" : "")}\" x=\"{R(heading.X)}\" y=\"{R(heading.Y)}\" aria-hidden=\"true\">{HtmlEncode(heading.Text)}</text>\n");
        svg.Append("<g class=\"graphe-liens\" aria-hidden=\"true\">\n");
        foreach (var edge in edges)
        {
            if (at.TryGetValue(edge.From, out var from) && at.TryGetValue(edge.To, out var to))
            {
                svg.Append(invariant, $"<path class=\"graphe-lien graphe-lien-{Kind(edge.Kind)}\" data-de=\"{HtmlEncode(edge.From.Id.Value)}\" data-vers=\"{HtmlEncode(edge.To.Id.Value)}\" d=\"");
                Curve(svg, from, to);
                svg.Append("\"/>\n");
            }
        }
        svg.Append("</g>\n<g class=\"graphe-noeuds\">\n");
        foreach (var node in nodes)
        {
            if (node.Current) svg.Append("<g aria-hidden=\"true\">");
            else
            {
                var name = HtmlEncode(node.Name);
                svg.Append(invariant, $"<a href=\"{HtmlEncode(node.Href)}\" data-fiche=\"{HtmlEncode(node.Fiche.Id.Value)}\" aria-label=\"{name}\"><title>{name}</title>");
            }
            svg.Append(invariant, $"<rect class=\"graphe-noeud graphe-noeud-{FicheTypes.Key(node.Fiche.Type)}{(node.Current ? " graphe-noeud-courant" : "")}\" x=\"{R(node.X)}\" y=\"{R(node.Y)}\" width=\"{R(node.Width)}\" height=\"{R(NodeHeight)}\" rx=\"{(node.Fiche.Type == FicheType.Repere ? 2 : 12)}\"/>");
            if (node.Width <= NodeWidth) Label(svg, node);
            svg.Append(node.Current ? "</g>\n" : "</a>\n");
        }
        svg.Append("</g>\n");
        // Cut titles are drawn over the boxes, outside the links: a link's name is the whole citation,
        // and a visible text cut short inside it would not be part of that name.
        var first = true;
        foreach (var node in nodes)
        {
            if (node.Width <= NodeWidth) continue;
            svg.Append(first ? "<g class=\"graphe-etiquettes\" aria-hidden=\"true\">\n" : "\n");
            Label(svg, node);
            first = false;
        }
        if (!first) svg.Append("\n</g>\n");
        svg.Append("</svg>");
    }

    /// <summary>The id, and in a wide box the fiche's short title, cut to fit (the link's name says it whole).</summary>
    private static void Label(StringBuilder svg, PlacedNode node)
    {
        var invariant = CultureInfo.InvariantCulture;
        var y = R(node.Y + NodeHeight / 2 + 5);
        if (node.Width <= NodeWidth)
        {
            svg.Append(invariant, $"<text class=\"graphe-etiquette\" x=\"{R(node.X + node.Width / 2)}\" y=\"{y}\">{HtmlEncode(node.Fiche.Id.Value)}</text>");
            return;
        }
        // About 7 units per character at 12 units: what fits after the id.
        var room = (int)((node.Width - 12) / 7) - node.Fiche.Id.Value.Length - 1;
        var title = node.Fiche.Label;
        if (title.Length > room) title = title[..Math.Max(1, room - 1)].TrimEnd() + "…";
        svg.Append(invariant, $"<text class=\"graphe-etiquette graphe-etiquette-longue\" x=\"{R(node.X + 6)}\" y=\"{y}\"><tspan class=\"graphe-id\">{HtmlEncode(node.Fiche.Id.Value)}</tspan> {HtmlEncode(title)}</text>");
    }

    public static string Kind(EdgeKind kind) => kind switch
    {
        EdgeKind.Dimension => "dimension",
        EdgeKind.SeeAlso => "plus-loin",
        _ => "renvoi",
    };

    /// <summary>
    /// Side to side between columns; an arc beside the column when both ends are in the same one. Written into the
    /// drawing, numbers formatted in place: a string per number and per curve was a third of the drawing's work.
    /// </summary>
    private static void Curve(StringBuilder svg, PlacedNode from, PlacedNode to)
    {
        var y1 = R(from.Y + NodeHeight / 2);
        var y2 = R(to.Y + NodeHeight / 2);
        if (Math.Abs(from.X - to.X) < 1)
        {
            var x = from.X;
            var bulge = R(x - 12 - Math.Min(60, Math.Abs((to.Y + NodeHeight / 2) - (from.Y + NodeHeight / 2)) * 0.12));
            svg.Append(CultureInfo.InvariantCulture, $"M{R(x)} {y1} C{bulge} {y1} {bulge} {y2} {R(x)} {y2}");
            return;
        }
        var (x1, x2) = from.X < to.X ? (from.X + from.Width, to.X) : (from.X, to.X + to.Width);
        var middle = R((x1 + x2) / 2);
        svg.Append(CultureInfo.InvariantCulture, $"M{R(x1)} {y1} C{middle} {y1} {middle} {y2} {R(x2)} {y2}");
    }

    /// <summary>A coordinate as written: to a tenth (invariant culture).</summary>
    private static double R(double value) => Math.Round(value, 1);

}
