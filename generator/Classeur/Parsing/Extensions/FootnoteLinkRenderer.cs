using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Classeur.Parsing.Extensions;

/// <summary>The call of a note (« Note 1 ») and its way back (« Retour au texte »), each with a name.</summary>
internal sealed class FootnoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink obj)
    {
        var order = obj.Footnote.Order;
        if (obj.IsBackLink)
        {
            renderer.Write($"<a href=\"#fnref:{obj.Index}\" class=\"footnote-back-ref\" aria-label=\"Retour au texte (note {order})\">&#8617;</a>");
            return;
        }
        renderer.Write($"<a id=\"fnref:{obj.Index}\" href=\"#fn:{order}\" class=\"footnote-ref\" aria-label=\"Note {order}\"><sup>{order}</sup></a>");
    }
}
