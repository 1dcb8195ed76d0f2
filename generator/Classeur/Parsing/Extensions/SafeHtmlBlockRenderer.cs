using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Classeur.Parsing.Extensions;

/// <summary>Raw HTML blocks: dropped when a comment, otherwise written as escaped text in a paragraph.</summary>
internal sealed class SafeHtmlBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock obj)
    {
        var text = obj.Lines.ToString();
        if (SafeHtml.IsComment(text)) return;
        renderer.EnsureLine();
        renderer.Write("<p>");
        renderer.WriteEscape(text.Trim());
        renderer.Write("</p>").WriteLine();
    }
}
