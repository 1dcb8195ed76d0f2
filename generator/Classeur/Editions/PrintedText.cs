using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace Classeur.Editions;

/// <summary>
/// What a printed fiche puts on paper, as plain text: the text of its printed article (templates/
/// impression/fiche.hbs), which holds nothing of the web's navigation or suggestions. Two editions of a
/// fiche differ for the reader exactly when these texts differ: a blank line, a reordered front matter
/// or a new « Cité par » on the web leaves them equal.
/// </summary>
internal static partial class PrintedText
{
    public static string Of(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var root = document.Body;
        if (root is null) return "";
        return Whitespace().Replace(root.TextContent, " ").Trim().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
