using Markdig;
using Markdig.Renderers;

namespace Classeur.Parsing.Extensions;

/// <summary>Adds `[[ID]]` cross-references to the pipeline, ahead of Markdig's own link parser.</summary>
internal sealed class CrossReferenceExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<CrossReferenceParser>())
            pipeline.InlineParsers.Insert(0, new CrossReferenceParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<CrossReferenceRenderer>())
            html.ObjectRenderers.Add(new CrossReferenceRenderer());
    }
}
