using System.Net;
using System.Text.RegularExpressions;
using Classeur.Rendering.Models;

namespace Classeur.Rendering;

/// <summary>
/// A fiche's contents list: the h2 and h3 of its rendered body, which carry ids (the heading
/// anchors), in order. h3s nest under the h2 before them. Read from the HTML the page shows, so the
/// list and the text cannot disagree.
/// </summary>
internal static partial class FicheContents
{
    /// <summary>A list of fewer headings than this is no help: the page shows none.</summary>
    public const int Minimum = 2;

    public static List<ContentsEntry> Of(string bodyHtml)
    {
        var entries = new List<ContentsEntry>();
        foreach (Match m in Heading().Matches(bodyHtml))
        {
            var entry = new ContentsEntry(m.Groups["id"].Value, WebUtility.HtmlDecode(Tag().Replace(m.Groups["text"].Value, "")).Trim(), []);
            if (m.Groups["level"].Value == "3" && entries.Count > 0)
                entries[^1].Children.Add(entry);
            else
                entries.Add(entry);
        }
        return entries.Count + entries.Sum(e => e.Children.Count) >= Minimum ? entries : [];
    }

    [GeneratedRegex("""<h(?<level>[23]) id="(?<id>[^"]+)"[^>]*>(?<text>.*?)</h\k<level>>""", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
