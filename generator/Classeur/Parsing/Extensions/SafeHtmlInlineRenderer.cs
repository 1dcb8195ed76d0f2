using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Classeur.Parsing.Extensions;

/// <summary>Raw inline HTML: a comment is dropped, &lt;br&gt; kept, anything else escaped.</summary>
internal sealed class SafeHtmlInlineRenderer : HtmlObjectRenderer<HtmlInline>
{
    protected override void Write(HtmlRenderer renderer, HtmlInline obj)
    {
        var tag = obj.Tag ?? "";
        if (SafeHtml.IsComment(tag)) return;
        if (SafeHtml.IsLineBreak(tag))
        {
            renderer.Write("<br>");
            return;
        }
        renderer.WriteEscape(tag);
    }
}
