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

    /// <summary>
    /// The screen stylesheets a fiche's page links to (style.css, the library's, the knowledge pages'…),
    /// so that a binder styles a fiche as its page does; the per-fiche print stylesheet is left out, the
    /// binder numbers its pages itself.
    /// </summary>
    public static IReadOnlyList<string> Stylesheets(Fiche fiche, string siteDirectory) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(siteDirectory, fiche.Url)))
            .QuerySelectorAll("head link[rel=stylesheet][href]")
            .Where(link => link.GetAttribute("media") is null or "all" or "screen")
            .Select(link => link.GetAttribute("href")!)
            .ToList();

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
        NumberInTitle(article);

        var page = new Uri(new Uri("http://classeur.invalid/"), fiche.Url);
        foreach (var link in article.QuerySelectorAll("a[href]"))
            link.SetAttribute("href", Rewrite(link.GetAttribute("href")!, prefix, page, anchorsByUrl));
        return article.OuterHtml;
    }

    /// <summary>
    /// Chromium names a bookmark after the text its heading shows (not its aria-label, nor hidden text),
    /// so the line « Fiche I-C-2-a · Repère » moves into the title, where it still prints above it, and a
    /// separator drawn in transparent ink gives the bookmark « Fiche I-C-2-a · Repère – Coopération ».
    /// </summary>
    private static void NumberInTitle(AngleSharp.Dom.IElement article)
    {
        if (article.QuerySelector(".fiche-entete .fiche-type") is not { } line || article.QuerySelector(".fiche-entete h1") is not { } title) return;
        var number = article.Owner!.CreateElement("span");
        number.ClassName = "fiche-type";
        number.InnerHtml = line.InnerHtml + "<span class=\"signet-separateur\"> – </span>";
        title.Prepend(number);
        line.Remove();
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
