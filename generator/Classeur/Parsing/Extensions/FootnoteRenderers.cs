using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Classeur.Parsing.Extensions;

/// <summary>
/// Footnotes with accessible names: Markdig writes a bare « 1 » and « ↩ », which a screen reader
/// announces without saying they are notes. Same structure and ids as Markdig's, plus labels.
/// </summary>
internal sealed class FootnoteGroupRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup obj)
    {
        renderer.EnsureLine();
        renderer.WriteLine("<section class=\"footnotes\" aria-label=\"Notes\">");
        renderer.WriteLine("<hr />");
        renderer.WriteLine("<ol>");
        foreach (var footnote in obj.OfType<Footnote>())
        {
            renderer.WriteLine($"<li id=\"fn:{footnote.Order}\">");
            renderer.WriteChildren(footnote);
            renderer.WriteLine("</li>");
        }
        renderer.WriteLine("</ol>");
        renderer.WriteLine("</section>");
    }
}
