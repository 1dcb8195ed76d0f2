using System.Globalization;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Classeur.Model;

namespace Classeur.Print;

/// <summary>
/// Makes a printed fiche's HTML fit for paper: no footnote « ↩ » arrows; a glossary expansion only
/// where the words do not already stand beside their acronym; an external address printed once (after
/// its link, unless the link shows it); a fiche named rather than linked unless the same document
/// holds it; every id prefixed with the fiche's anchor so that a binder of 45 fiches keeps them unique;
/// French spaces in every text. Headings get the outline level of the fiche's place in its document.
/// </summary>
internal static class PaperHtml
{
    private static readonly HtmlParser Parser = new();
    private static readonly string[] IdReferences = ["aria-labelledby", "aria-describedby", "for", "headers"];

    public static string Prepare(string html, Fiche fiche, string anchor, Func<string, string?> anchorOfSiteUrl, int level)
    {
        var document = Parser.ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        var body = document.Body!;
        foreach (var back in body.QuerySelectorAll("a.footnote-back-ref").ToList()) back.Remove();
        Glossary(body);
        Links(document, body, fiche, anchor, anchorOfSiteUrl);
        Ids(body, anchor + "--");
        foreach (var heading in body.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
            heading.SetAttribute("aria-level", (level + heading.LocalName[1] - '1').ToString(CultureInfo.InvariantCulture));
        Spaces(body);
        return body.InnerHtml;
    }

    /// <summary>
    /// On paper the acronym is not a link. Its expansion stays in parentheses after it, unless the
    /// acronym is itself in parentheses or its expansion stands in the same paragraph (« l’Insertion par
    /// l’Activité Economique (IAE) »): printed there, it would read « (IAE (Insertion …)) ».
    /// </summary>
    private static void Glossary(IElement body)
    {
        foreach (var link in body.QuerySelectorAll("a.sigle").ToList())
        {
            var expansion = link.QuerySelector(".sigle-developpe");
            if (expansion is not null)
            {
                var words = Normalise(expansion.TextContent.Trim().TrimStart('(').TrimEnd(')'));
                var block = link.Closest("p, li, td, th, blockquote, dd, figcaption") ?? link.ParentElement!;
                var before = link.PreviousSibling?.TextContent.TrimEnd() ?? "";
                var after = link.NextSibling?.TextContent.TrimStart() ?? "";
                var rest = Normalise(block.TextContent.Replace(expansion.TextContent, "", StringComparison.Ordinal));
                if ((before.EndsWith('(') && after.StartsWith(')')) || rest.Contains(words, StringComparison.Ordinal))
                    expansion.Remove();
                else
                    expansion.ClassName = "sigle-imprime";
            }
            link.Replace([.. link.ChildNodes]);
        }
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Replace('’', '\'').ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static void Links(IDocument document, IElement body, Fiche fiche, string anchor, Func<string, string?> anchorOfSiteUrl)
    {
        var page = new Uri(new Uri("http://classeur.invalid/"), fiche.Url);
        foreach (var link in body.QuerySelectorAll("a[href]").ToList())
        {
            var href = link.GetAttribute("href")!;
            if (href.StartsWith('#'))
            {
                link.SetAttribute("href", "#" + anchor + "--" + href[1..]);
                continue;
            }
            if (href.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                if (!link.ClassList.Contains("url") && !SameAddress(link.TextContent, href))
                    link.After(document.CreateTextNode($" ({Display(href)})"));
                continue;
            }
            if (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) continue;
            var target = new Uri(page, href);
            var path = Uri.UnescapeDataString(target.AbsolutePath.TrimStart('/'));
            if (anchorOfSiteUrl(path) is { } other)
            {
                var fragment = target.Fragment.TrimStart('#');
                link.SetAttribute("href", fragment.Length == 0 ? "#" + other : $"#{other}--{Uri.UnescapeDataString(fragment)}");
            }
            else
            {
                // Paper cannot follow a link to a page outside the document: the fiche is named, not linked.
                link.RemoveAttribute("href");
                link.RemoveAttribute("title");
            }
        }
    }

    /// <summary>« www.coorace.org » shows http://www.coorace.org/ already: the address is not printed again.</summary>
    private static bool SameAddress(string text, string href) =>
        string.Equals(Display(text.Trim()), Display(href), StringComparison.OrdinalIgnoreCase);

    /// <summary>An address as a reader types it: no scheme, no « www. » doubt, no trailing slash.</summary>
    private static string Display(string address)
    {
        var text = address.Trim();
        foreach (var scheme in new[] { "https://", "http://" })
        {
            if (text.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) text = text[scheme.Length..];
        }
        return text.TrimEnd('/');
    }

    private static void Ids(IElement body, string prefix)
    {
        foreach (var element in body.QuerySelectorAll("[id]"))
            element.Id = prefix + element.Id;
        foreach (var name in IdReferences)
        {
            foreach (var element in body.QuerySelectorAll($"[{name}]"))
                element.SetAttribute(name, string.Join(' ', element.GetAttribute(name)!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => prefix + id)));
        }
    }

    /// <summary>French spaces in every text, except addresses and code, which are printed as written.</summary>
    private static void Spaces(IElement body)
    {
        var walker = body.Owner!.CreateTreeWalker(body, FilterSettings.Text);
        var texts = new List<IText>();
        while (walker.ToNext() is IText text) texts.Add(text);
        foreach (var text in texts)
        {
            if (text.ParentElement?.Closest("code, pre, kbd, a.url, .url") is not null) continue;
            var spaced = FrenchSpacing.Apply(text.Data);
            if (!ReferenceEquals(spaced, text.Data)) text.Data = spaced;
        }
    }
}
