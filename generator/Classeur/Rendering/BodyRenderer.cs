using System.Text;
using Classeur.Model;
using Markdig;
using Markdig.Renderers;

namespace Classeur.Rendering;

/// <summary>Renders a fiche's body (its resolved AST) to HTML with the build's pipeline.</summary>
internal static class BodyRenderer
{
    // One writer per thread, kept from fiche to fiche: a new StringWriter grew its builder chunk by chunk for
    // every body, as much garbage again as the bodies themselves (about 200 MiB at ×100).
    [ThreadStatic]
    private static StringWriter? t_writer;

    public static string Render(Fiche fiche, MarkdownPipeline pipeline, GlossaryMarker? glossary = null)
    {
        var writer = t_writer ?? new StringWriter(new StringBuilder(16 * 1024), System.Globalization.CultureInfo.InvariantCulture);
        t_writer = null; // a render inside this one (none today) would get its own
        var builder = writer.GetStringBuilder();
        builder.Clear();
        try
        {
            var renderer = new HtmlRenderer(writer);
            pipeline.Setup(renderer);
            glossary?.Attach(renderer, fiche.Url);
            renderer.Render(fiche.Body);
            writer.Flush();
            return builder.ToString();
        }
        finally
        {
            if (builder.Capacity <= 1024 * 1024) t_writer = writer;
        }
    }
}
