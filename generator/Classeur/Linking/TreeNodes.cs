using Classeur.Model;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Classeur.Linking;

/// <summary>
/// The nodes of a fiche's tree that validation and the link phase visit (its boxes, headings and links),
/// in document order, listed in one walk. A preview keeps them with the tree (<see cref="TreeMemo"/>):
/// the link phase changes what these nodes hold, never which nodes there are, and walking 4,500 trees
/// several times per save cost more than the rest of resolving them.
/// </summary>
internal sealed record TreeNodes(CustomContainer[] Boxes, HeadingBlock[] Headings, LinkInline[] Links)
{
    public static TreeNodes Of(Fiche fiche) => TreeMemo.Of(fiche) is { } memo ? memo.Nodes ??= Collect(fiche.Body) : Collect(fiche.Body);

    private static TreeNodes Collect(MarkdownDocument body)
    {
        var (boxes, headings, links) = (new List<CustomContainer>(), new List<HeadingBlock>(), new List<LinkInline>());
        foreach (var node in body.Descendants())
        {
            switch (node)
            {
                case CustomContainer box:
                    boxes.Add(box);
                    break;
                case HeadingBlock heading:
                    headings.Add(heading);
                    break;
                case LinkInline link:
                    links.Add(link);
                    break;
            }
        }
        return new TreeNodes([.. boxes], [.. headings], [.. links]);
    }
}
