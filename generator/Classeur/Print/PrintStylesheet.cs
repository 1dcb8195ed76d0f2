using System.Globalization;
using System.Text;
using Classeur.Configuration;
using Classeur.Model;

namespace Classeur.Print;

/// <summary>
/// Writes assets/impression.css: one named page per fiche whose footer margin box reads
/// « Fiche I-C-2-a – Coopération · Page 2/4 · Version 1 (décembre 2010) ».
/// The footer is generated rather than written in style.css because a margin box cannot read
/// anything from the document, and the site's Content-Security-Policy forbids inline styles.
/// </summary>
internal static class PrintStylesheet
{
    public const string Path = "assets/impression.css";

    public static string Render(Manual manual, SiteConfig config)
    {
        var css = new StringBuilder();
        css.Append("/* Généré par Classeur : le pied de page imprimé de chaque fiche. Ne pas modifier. */\n");
        foreach (var fiche in manual.Fiches.Where(f => f.Type != FicheType.Page))
        {
            var name = PageName(fiche);
            css.Append(CultureInfo.InvariantCulture, $"\n[data-fiche=\"{fiche.Id.Value}\"] {{\n  page: {name};\n}}\n");
            css.Append(CultureInfo.InvariantCulture, $"\n@page {name} {{\n  @bottom-center {{\n    content: {Footer(fiche, config)};\n  }}\n}}\n");
        }
        return css.ToString();
    }

    /// <summary>The footer as a CSS content value, with the page counters between the literal parts.</summary>
    public static string Footer(Fiche fiche, SiteConfig config)
    {
        var edition = string.IsNullOrWhiteSpace(config.Edition) ? "" : " · " + config.Edition;
        return $"{Quote(fiche.CitationText + " · Page ")} counter(page) \"/\" counter(pages) {Quote(edition)}";
    }

    private static string PageName(Fiche fiche) => "fiche-" + fiche.Id.Value;

    private static string Quote(string text)
    {
        var escaped = new StringBuilder("\"");
        foreach (var c in text)
        {
            if (c is '"' or '\\') escaped.Append('\\').Append(c);
            else if (c is '\n' or '\r') escaped.Append(' ');
            else escaped.Append(c);
        }
        return escaped.Append('"').ToString();
    }
}
