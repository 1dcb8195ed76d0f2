using AngleSharp.Html.Parser;
using Classeur.Model;

namespace Classeur.Print;

/// <summary>
/// A fiche's built page made ready to sit inside a binder: its article only (no navigation), every
/// id prefixed with the fiche's anchor so that 45 fiches can share one document, and every link to a
/// fiche of the same binder turned into an in-document anchor, which Paged.js numbers with
/// target-counter() and Chromium keeps as a link in the PDF.
/// </summary>
internal static class BinderFiche
{
    private static readonly string[] IdReferences = ["aria-labelledby", "aria-describedby", "for", "headers"];

    /// <summary>The anchor of a fiche in a binder: fiche-i-c-2-a.</summary>
    public static string Anchor(Fiche fiche) => "fiche-" + fiche.Id.Value.ToLowerInvariant();

    public static string Render(Fiche fiche, string siteDirectory, IReadOnlyDictionary<string, string> anchorsByUrl, int level)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(siteDirectory, fiche.Url)));
        var main = document.QuerySelector("main") ?? throw new PrintFailedException($"la page « {fiche.Url} » n'a pas de contenu à imprimer.");
        var article = main.QuerySelector("article") ?? main;
        foreach (var navigation in article.QuerySelectorAll(".fil-ariane, .precedent-suivant").ToList())
            navigation.Remove();

        var prefix = Anchor(fiche) + "--";
        foreach (var element in article.QuerySelectorAll("[id]"))
            element.Id = prefix + element.Id;
        foreach (var name in IdReferences)
        {
            foreach (var element in article.QuerySelectorAll($"[{name}]"))
                element.SetAttribute(name, string.Join(' ', element.GetAttribute(name)!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => prefix + id)));
        }

        // The PDF outline follows heading levels (aria-level), so the fiche sits under its part and section.
        foreach (var heading in article.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
            heading.SetAttribute("aria-level", (level + heading.LocalName[1] - '1').ToString(System.Globalization.CultureInfo.InvariantCulture));

        var page = new Uri(new Uri("http://classeur.invalid/"), fiche.Url);
        foreach (var link in article.QuerySelectorAll("a[href]"))
            link.SetAttribute("href", Rewrite(link.GetAttribute("href")!, prefix, page, anchorsByUrl));
        return article.OuterHtml;
    }

    /// <summary>In-page anchors get the prefix; links to a fiche of the binder become anchors; others stay as they were.</summary>
    private static string Rewrite(string href, string prefix, Uri page, IReadOnlyDictionary<string, string> anchorsByUrl)
    {
        if (href.StartsWith('#')) return "#" + prefix + href[1..];
        if (!Uri.TryCreate(page, href, out var target) || target.Host != page.Host) return href;
        var path = Uri.UnescapeDataString(target.AbsolutePath.TrimStart('/'));
        if (!anchorsByUrl.TryGetValue(path, out var anchor)) return href;
        var fragment = target.Fragment.TrimStart('#');
        return fragment.Length == 0 ? "#" + anchor : $"#{anchor}--{Uri.UnescapeDataString(fragment)}";
    }
}
