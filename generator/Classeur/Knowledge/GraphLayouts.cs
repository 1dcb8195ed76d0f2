using Classeur.Model;

namespace Classeur.Knowledge;

/// <summary>
/// Deterministic layouts, no randomness: the whole manual in three columns (repères, méthodes,
/// expériences, each in the manual's order), and a fiche's neighbourhood with the fiches that link to
/// it on the left, itself in the middle, and those it links to on the right.
/// </summary>
internal static class GraphLayouts
{
    private const double Row = 34;
    private const double Top = 44;

    /// <summary>Column x for repères, méthodes, expériences; room on the left of each for same-column arcs.</summary>
    private static readonly double[] Columns = [84, 412, 740];

    /// <summary>The whole manual's boxes: wide enough for the id and a short title.</summary>
    public const double WideNode = 210;

    public static (IReadOnlyList<PlacedNode> Nodes, double Width, double Height) Manual(
        IReadOnlyList<Fiche> nodes, Func<Fiche, string> href, Func<Fiche, string> name)
    {
        var types = new[] { FicheType.Repere, FicheType.Methode, FicheType.Experience };
        var rows = Math.Max(1, types.Max(t => nodes.Count(n => n.Type == t)));
        var placed = new List<PlacedNode>();
        for (var c = 0; c < types.Length; c++)
        {
            var column = nodes.Where(n => n.Type == types[c]).ToList();
            // A short column is spread over the height of the longest one.
            var step = column.Count <= 1 ? 0 : Math.Max(Row, (rows - 1) * Row / (column.Count - 1));
            placed.AddRange(column.Select((f, i) => new PlacedNode(f, Columns[c], Top + i * step, href(f), name(f)) { Width = WideNode }));
        }
        return (placed, Columns[^1] + WideNode + 12, Top + rows * Row);
    }

    public static (IReadOnlyList<PlacedNode> Nodes, double Width, double Height) Neighbourhood(
        Fiche centre, IReadOnlyList<Fiche> incoming, IReadOnlyList<Fiche> outgoing, Func<Fiche, string> href, Func<Fiche, string> name)
    {
        const double left = 16, middle = 232, right = 448;
        var rows = Math.Max(1, Math.Max(incoming.Count, outgoing.Count));
        var placed = new List<PlacedNode>
        {
            new(centre, middle, Top + (rows - 1) * Row / 2, href(centre), name(centre), Current: true),
        };
        placed.AddRange(incoming.Select((f, i) => new PlacedNode(f, left, Top + Offset(i, incoming.Count, rows), href(f), name(f))));
        placed.AddRange(outgoing.Select((f, i) => new PlacedNode(f, right, Top + Offset(i, outgoing.Count, rows), href(f), name(f))));
        return (placed, right + GraphSvg.NodeWidth + 16, Top + rows * Row);
    }

    /// <summary>A shorter side is centred against the longer one.</summary>
    private static double Offset(int index, int count, int rows) => ((rows - count) / 2.0 + index) * Row;
}
