using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace Classeur.Parsing.Extensions;

/// <summary>
/// Swaps Markdig's renderers for the content format's: boxes, and raw HTML escaped unless allowed.
/// Registered after UseCustomContainers so that its renderer is the one replaced.
/// </summary>
internal sealed class ClasseurHtmlExtension(bool allowHtml) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.ReplaceOrAdd<HtmlCustomContainerRenderer>(new ContainerRenderer());
        html.ObjectRenderers.ReplaceOrAdd<HtmlFootnoteGroupRenderer>(new FootnoteGroupRenderer());
        html.ObjectRenderers.ReplaceOrAdd<HtmlFootnoteLinkRenderer>(new FootnoteLinkRenderer());
        if (!allowHtml)
        {
            html.ObjectRenderers.ReplaceOrAdd<HtmlBlockRenderer>(new SafeHtmlBlockRenderer());
            html.ObjectRenderers.ReplaceOrAdd<HtmlInlineRenderer>(new SafeHtmlInlineRenderer());
        }
    }
}
