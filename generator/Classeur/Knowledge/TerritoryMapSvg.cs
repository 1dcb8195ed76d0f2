using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace Classeur.Knowledge;

/// <summary>
/// The map of « Expériences par territoire » as inline SVG: every département outlined, those with
/// fiches hatched and outlined thickly (so colour is never the only sign) and each a link, named
/// « Isère : 3 expériences », to its place in the list below the map. The count is written on the
/// département too, so that one expérience and three do not look the same.
/// </summary>
internal static class TerritoryMapSvg
{
    /// <summary>A marked département: its code, the link's target and accessible name.</summary>
    public sealed record Mark(string Code, string Href, string Name, int Count = 0);

    public static string Render(FranceMap map, IReadOnlyList<Mark> marks, string label)
    {
        var byCode = marks.ToDictionary(m => m.Code, StringComparer.Ordinal);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"carte-france\" viewBox=\"{HtmlEncode(map.ViewBox)}\" role=\"group\" aria-label=\"{HtmlEncode(label)}\">\n");
        // Hatching: dark stripes on the mark colour, visible in greyscale and to those who do not see colour.
        svg.Append("<defs><pattern id=\"carte-hachures\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">")
            .Append("<rect width=\"6\" height=\"6\" class=\"carte-hachures-fond\"/><rect width=\"2\" height=\"6\" class=\"carte-hachures-trait\"/></pattern></defs>\n");
        svg.Append("<g class=\"carte-departements\">\n");
        foreach (var departement in map.Departements.Where(d => !byCode.ContainsKey(d.Code)))
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"carte-departement\" d=\"{HtmlEncode(departement.Path)}\"/>\n");
        svg.Append("</g>\n<g class=\"carte-marques\">\n");
        // Marked ones last, so that their thick outline is drawn over their neighbours'.
        foreach (var departement in map.Departements.Where(d => byCode.ContainsKey(d.Code)))
        {
            var mark = byCode[departement.Code];
            svg.Append(CultureInfo.InvariantCulture, $"<a href=\"{HtmlEncode(mark.Href)}\" aria-label=\"{HtmlEncode(mark.Name)}\"><title>{HtmlEncode(mark.Name)}</title>")
                .Append(CultureInfo.InvariantCulture, $"<path class=\"carte-marque\" fill=\"url(#carte-hachures)\" d=\"{HtmlEncode(departement.Path)}\"/>")
                .Append(Count(departement.Path, mark.Count))
                .Append("</a>\n");
        }
        svg.Append("</g>\n</svg>");
        return svg.ToString();
    }

    private static string Count(string path, int count)
    {
        if (count <= 0) return "";
        var (x, y) = PathCentre.Of(path);
        static string N(double v) => Math.Round(v, 1).ToString(CultureInfo.InvariantCulture);
        return $"<circle class=\"carte-compte-fond\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"9\"/>"
            + $"<text class=\"carte-compte\" x=\"{N(x)}\" y=\"{N(y + 4.5)}\">{count.ToString(CultureInfo.InvariantCulture)}</text>";
    }

    /// <summary>The legend's swatch: the same hatching and outline as a marked département.</summary>
    public static string Swatch() =>
        "<svg class=\"carte-legende-echantillon\" viewBox=\"0 0 24 16\" aria-hidden=\"true\" focusable=\"false\">"
        + "<defs><pattern id=\"legende-hachures\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">"
        + "<rect width=\"6\" height=\"6\" class=\"carte-hachures-fond\"/><rect width=\"2\" height=\"6\" class=\"carte-hachures-trait\"/></pattern></defs>"
        + "<rect x=\"1\" y=\"1\" width=\"22\" height=\"14\" class=\"carte-marque\" fill=\"url(#legende-hachures)\"/></svg>";
}
