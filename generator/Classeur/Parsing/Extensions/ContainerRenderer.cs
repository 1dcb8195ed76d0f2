using Markdig.Extensions.CustomContainers;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Classeur.Parsing.Extensions;

/// <summary>
/// Renders the content format's boxes as semantic HTML: exemple and encadre are asides with a
/// visible title; reussite and vigilance are the two columns of « Clefs de réussite / Points de vigilance »;
/// lacune is a short note where the printed figure or text is missing.
/// </summary>
internal sealed class ContainerRenderer : HtmlObjectRenderer<CustomContainer>
{
    protected override void Write(HtmlRenderer renderer, CustomContainer obj)
    {
        var kind = obj.Info ?? "";
        var arguments = obj.Arguments?.Trim() ?? "";
        renderer.EnsureLine();
        switch (kind)
        {
            case ContainerKinds.Cles:
                renderer.Write("<div class=\"cles\">").WriteLine();
                renderer.WriteChildren(obj);
                renderer.Write("</div>").WriteLine();
                return;
            case ContainerKinds.Reussite:
                Box(renderer, obj, "reussite", "Clefs de réussite", null);
                return;
            case ContainerKinds.Vigilance:
                Box(renderer, obj, "vigilance", "Points de vigilance", null);
                return;
            case ContainerKinds.Exemple:
                Box(renderer, obj, "exemple", "Exemple", obj.GetData(ContainerKinds.ResolvedKey) as ResolvedLink);
                return;
            case ContainerKinds.Lacune:
                // A note, not the manual's text: anything written inside follows the standard wording.
                renderer.Write("<div class=\"lacune\" role=\"note\">").WriteLine();
                renderer.Write("<p>").WriteEscape(ContainerKinds.LacuneNotes.GetValueOrDefault(arguments) ?? ContainerKinds.LacuneNotes["texte"]).Write("</p>").WriteLine();
                renderer.WriteChildren(obj);
                renderer.Write("</div>").WriteLine();
                return;
            case ContainerKinds.Encadre:
                Box(renderer, obj, "encadre", arguments.Length > 0 ? arguments : null, null);
                return;
            default:
                // Unknown kinds are reported by validation; render the content so nothing is lost.
                renderer.Write("<div>").WriteLine();
                renderer.WriteChildren(obj);
                renderer.Write("</div>").WriteLine();
                return;
        }
    }

    private static void Box(HtmlRenderer renderer, CustomContainer obj, string cssClass, string? title, ResolvedLink? link)
    {
        var element = cssClass is "reussite" or "vigilance" ? "section" : "aside";
        renderer.Write($"<{element} class=\"boite {cssClass}\"");
        if (title is not null)
        {
            renderer.Write(" aria-label=\"");
            // A landmark's name is read at every visit: keep it short (the link below says the rest).
            renderer.WriteEscape(link?.Label is { } label ? $"{title} – {label}" : title);
            renderer.Write("\"");
        }
        renderer.Write(">").WriteLine();
        if (title is not null)
        {
            renderer.Write("<p class=\"boite-titre\">");
            renderer.WriteEscape(title);
            renderer.Write("</p>").WriteLine();
        }
        renderer.WriteChildren(obj);
        if (link is not null)
        {
            renderer.Write("<p class=\"boite-renvoi\"><a class=\"renvoi\" href=\"");
            renderer.WriteEscapeUrl(link.Url);
            renderer.Write("\">");
            renderer.WriteEscape(link.Text);
            renderer.Write("</a></p>").WriteLine();
        }
        renderer.Write($"</{element}>").WriteLine();
    }
}
