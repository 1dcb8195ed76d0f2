using Classeur.Parsing.Extensions;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Classeur.Parsing;

/// <summary>
/// The nodes of a freshly parsed tree that parsing needs (headings to anchor, containers to group boxes in,
/// boxes, cross-references and raw HTML to check) and those the link phase and validation visit later
/// (<see cref="TreeNodes"/>), listed in one walk in document order: six walks of each tree, one per
/// kind of node, were about 2 % of a x100 build.
/// </summary>
internal sealed class ParsedNodes
{
    private readonly List<LinkInline> _links = [];
    private readonly List<AutolinkInline> _autolinks = [];

    public List<HeadingBlock> Headings { get; } = [];

    /// <summary>The document itself, then every container block under it.</summary>
    public List<ContainerBlock> Containers { get; } = [];

    public List<CustomContainer> Boxes { get; } = [];

    public List<CrossReferenceInline> References { get; } = [];

    public List<HtmlBlock> HtmlBlocks { get; } = [];

    public List<HtmlInline> HtmlInlines { get; } = [];

    public static ParsedNodes Of(MarkdownDocument document)
    {
        var nodes = new ParsedNodes();
        nodes.Containers.Add(document);
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case ContainerBlock container:
                    nodes.Containers.Add(container);
                    if (container is CustomContainer box) nodes.Boxes.Add(box);
                    break;
                case HeadingBlock heading:
                    nodes.Headings.Add(heading);
                    break;
                case HtmlBlock html:
                    nodes.HtmlBlocks.Add(html);
                    break;
                case CrossReferenceInline reference:
                    nodes.References.Add(reference);
                    break;
                case HtmlInline html:
                    nodes.HtmlInlines.Add(html);
                    break;
                case LinkInline link:
                    nodes._links.Add(link);
                    break;
                case AutolinkInline autolink:
                    nodes._autolinks.Add(autolink);
                    break;
            }
        }
        return nodes;
    }

    /// <summary>
    /// What the link phase visits, once the boxes are grouped: each group made (by the first box it holds,
    /// <paramref name="groups"/>) comes just before that box, as a new walk would meet it.
    /// </summary>
    public TreeNodes TreeNodes(IReadOnlyDictionary<CustomContainer, CustomContainer> groups)
    {
        var boxes = new List<CustomContainer>(Boxes.Count + groups.Count);
        foreach (var box in Boxes)
        {
            if (groups.TryGetValue(box, out var group)) boxes.Add(group);
            boxes.Add(box);
        }
        return new TreeNodes([.. boxes], [.. Headings], [.. _links], [.. _autolinks]);
    }
}
