using System.Net;
using System.Text.RegularExpressions;

namespace Classeur.Rendering;

/// <summary>
/// A fiche's contents list: the h2 and h3 of its rendered body, which carry ids (the heading
/// anchors), in order. h3s nest under the h2 before them. Read from the HTML the page shows, so the
/// list and the text cannot disagree.
/// </summary>
public static partial class FicheContents
{
    /// <summary>A list of fewer headings than this is no help: the page shows none.</summary>
    public const int Minimum = 2;

    public static List<Dictionary<string, object?>> Of(string bodyHtml)
    {
        var entries = new List<Dictionary<string, object?>>();
        foreach (Match m in Heading().Matches(bodyHtml))
        {
            var entry = new Dictionary<string, object?>
            {
                ["anchor"] = m.Groups["id"].Value,
                ["text"] = WebUtility.HtmlDecode(Tag().Replace(m.Groups["text"].Value, "")).Trim(),
                ["children"] = new List<Dictionary<string, object?>>(),
            };
            if (m.Groups["level"].Value == "3" && entries.Count > 0)
                ((List<Dictionary<string, object?>>)entries[^1]["children"]!).Add(entry);
            else
                entries.Add(entry);
        }
        return entries.Count + entries.Sum(e => ((List<Dictionary<string, object?>>)e["children"]!).Count) >= Minimum ? entries : [];
    }

    [GeneratedRegex("""<h(?<level>[23]) id="(?<id>[^"]+)"[^>]*>(?<text>.*?)</h\k<level>>""", RegexOptions.Singleline)]
    private static partial Regex Heading();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}
