using Classeur.Model;
using Markdig;
using Markdig.Renderers;

namespace Classeur.Rendering;

/// <summary>Renders a fiche's body (its resolved AST) to HTML with the build's pipeline.</summary>
internal static class BodyRenderer
{
    public static string Render(Fiche fiche, MarkdownPipeline pipeline, GlossaryMarker? glossary = null)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        glossary?.Attach(renderer, fiche.Url);
        renderer.Render(fiche.Body);
        writer.Flush();
        return writer.ToString();
    }
}
