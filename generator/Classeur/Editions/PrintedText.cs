using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Classeur.Editions;

/// <summary>
/// What a fiche's page puts on paper, as plain text: its article without what the print stylesheet
/// hides (navigation, the PDF link, the computed « Voir aussi » and neighbourhood graph), with each
/// external link's address as it prints after the link. Two editions of a fiche differ for the
/// reader exactly when these texts differ: a blank line, a reordered front matter or a changed
/// `updated:` date leaves them equal.
/// </summary>
public static partial class PrintedText
{
    /// <summary>Hidden by `@media print` in templates/assets/style.css; a test keeps the two lists equal.</summary>
    public static IReadOnlyList<string> HiddenInPrint { get; } =
        [".entete", ".recherche", ".pied", ".fiche-pdf", ".fil-ariane", ".precedent-suivant", ".evitement", ".suggestions", ".voisinage"];

    public static string Of(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var root = document.QuerySelector("main article") ?? document.QuerySelector("main") ?? document.Body;
        if (root is null) return "";
        foreach (var hidden in root.QuerySelectorAll(string.Join(", ", HiddenInPrint)).ToList())
            hidden.Remove();
        foreach (var link in root.QuerySelectorAll("a[href^='http']:not(.url)").ToList())
            link.Append(document.CreateTextNode($" ({link.GetAttribute("href")})"));
        return Whitespace().Replace(root.TextContent, " ").Trim().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
