using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Classeur.Parsing.Extensions;

/// <summary>Writes a resolved cross-reference as a link; an unresolved one as its raw text.</summary>
internal sealed class CrossReferenceRenderer : HtmlObjectRenderer<CrossReferenceInline>
{
    protected override void Write(HtmlRenderer renderer, CrossReferenceInline obj)
    {
        if (obj.Resolved is not { } link)
        {
            renderer.WriteEscape(obj.Raw);
            return;
        }
        renderer.Write("<a class=\"renvoi\" href=\"");
        renderer.WriteEscapeUrl(link.Url);
        renderer.Write("\" title=\"");
        renderer.WriteEscape(link.Title);
        renderer.Write("\">");
        renderer.WriteEscape(link.Text);
        renderer.Write("</a>");
    }
}
