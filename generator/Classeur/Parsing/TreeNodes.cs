using System.Runtime.CompilerServices;
using Classeur.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Classeur.Parsing;

/// <summary>
/// The nodes of a fiche's tree that validation, the link phase and the editorial report visit (its boxes,
/// headings, links and autolinks),
/// in document order, listed in one walk and kept with the tree (weakly: they go with it): the link phase
/// changes what these nodes hold, never which nodes there are. Validation and the link phase ask for them
/// four times per fiche; a walk each time was 1.9 % of a x100 build, and a preview's walks of 4,500 trees
/// per save cost more than the rest of resolving them.
/// </summary>
internal sealed record TreeNodes(CustomContainer[] Boxes, HeadingBlock[] Headings, LinkInline[] Links, AutolinkInline[] Autolinks)
{
    private static readonly ConditionalWeakTable<MarkdownDocument, TreeNodes> ByTree = [];

    public static TreeNodes Of(Fiche fiche) => ByTree.GetValue(fiche.Body, Walk);

    /// <summary>The nodes listed by the parser's own walk of a new tree (<see cref="ParsedNodes"/>): no second walk.</summary>
    public static void Remember(MarkdownDocument body, TreeNodes nodes) => ByTree.AddOrUpdate(body, nodes);

    /// <summary>A walk of the tree as it is now (its groups of boxes, if any, are met as boxes).</summary>
    internal static TreeNodes Walk(MarkdownDocument body) => ParsedNodes.Of(body).TreeNodes(NoGroups);

    private static readonly IReadOnlyDictionary<CustomContainer, CustomContainer> NoGroups = new Dictionary<CustomContainer, CustomContainer>();
}
