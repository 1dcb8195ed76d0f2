using System.Globalization;
using System.Net;
using System.Text;
using Classeur.Configuration;
using Classeur.Model;
using Classeur.Rendering;

namespace Classeur.Print;

/// <summary>
/// The HTML of a binder, assembled by `classeur print` from the built site's pages and laid out by
/// Paged.js: cover, table of contents, dividers (intercalaires) and fiches. It is never written into
/// the site (nothing links to it): Chromium reads it from memory, at imprimer/&lt;slug&gt;.html, so its
/// relative links to the site's stylesheet and images resolve as they do from a fiche page.
/// Headings carry aria-level so that Chromium's PDF outline nests fiches under their part and section.
/// </summary>
public static class BinderDocument
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string RelativeUrl(Binder binder) => $"{FichePdfs.Folder}/{binder.Slug}.html";

    public static string Render(Binder binder, SiteConfig config, string siteDirectory, string binderStylesheet)
    {
        var anchors = binder.AllFiches.ToDictionary(f => f.Url, BinderFiche.Anchor, StringComparer.Ordinal);
        var html = new StringBuilder();
        html.Append(Invariant, $"<!DOCTYPE html>\n<html lang=\"{E(config.Language)}\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append(Invariant, $"<title>{E(config.ShortTitle ?? config.Title)} – {E(binder.Title)}</title>\n");
        // Fiche pages sit one folder deep, as imprimer/ does: their relative links hold here.
        var first = binder.AllFiches.FirstOrDefault();
        IReadOnlyList<string> stylesheets = first is null ? ["../assets/style.css"] : BinderFiche.Stylesheets(first, siteDirectory);
        foreach (var href in stylesheets) html.Append(Invariant, $"<link rel=\"stylesheet\" href=\"{E(href)}\">\n");
        html.Append(Invariant, $"<style>\n{binderStylesheet}\n</style>\n</head>\n");
        html.Append(Invariant, $"<body class=\"reliure\" data-edition=\"{E(config.Edition ?? "")}\" data-libelle-page=\"{E(config.Label("page"))}\">\n");
        Cover(html, binder, config);
        if (binder.Update is not null)
        {
            // An update is filed into a binder that has its table of contents and dividers already.
            foreach (var fiche in binder.Fiches) FicheBlock(html, fiche, siteDirectory, anchors, 1);
            html.Append("</body>\n</html>\n");
            return html.ToString();
        }
        Contents(html, binder, config);
        foreach (var page in binder.Before) FicheBlock(html, page, siteDirectory, anchors, 1);
        string[] openSections = [];
        foreach (var part in BinderPlan.Parts(binder.Fiches))
        {
            var partTitle = ManualStructure.PartTitle(config, part.First().Type);
            html.Append(Invariant, $"<section class=\"intercalaire\" id=\"partie-{part.Key.ToLowerInvariant()}\">\n");
            html.Append(Invariant, $"<p class=\"intercalaire-manuel\">{E(config.ShortTitle ?? config.Title)}</p>\n<h1>{E(partTitle)}</h1>\n</section>\n");
            openSections = [];
            foreach (var fiche in part)
            {
                var path = ManualStructure.SectionPath(fiche.Id).ToArray();
                var opened = path.Skip(Common(openSections, path)).ToList();
                if (opened.Count > 0) SectionDivider(html, config, partTitle, path, opened);
                openSections = path;
                FicheBlock(html, fiche, siteDirectory, anchors, 2 + path.Length);
            }
        }
        foreach (var page in binder.After) FicheBlock(html, page, siteDirectory, anchors, 1);
        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void Cover(StringBuilder html, Binder binder, SiteConfig config)
    {
        html.Append(binder.Update is null ? "<section class=\"couverture\">\n" : "<section class=\"couverture couverture-mise-a-jour\">\n");
        if (config.Publisher is { } publisher) html.Append(Invariant, $"<p class=\"couverture-editeur\">{E(publisher)}</p>\n");
        html.Append(Invariant, $"<p class=\"couverture-titre\">{E(config.Title)}</p>\n");
        html.Append(Invariant, $"<p class=\"couverture-reliure\">{E(binder.Title)}</p>\n");
        if (binder.Update is { } update) UpdateSheet(html, binder, config, update);
        if (config.Edition is { } edition) html.Append(Invariant, $"<p class=\"couverture-edition\">{E(edition)}</p>\n");
        html.Append("</section>\n");
    }

    /// <summary>« Depuis l’édition … », then which fiches to replace, add (with their page in this binder) and take out.</summary>
    private static void UpdateSheet(StringBuilder html, Binder binder, SiteConfig config, Editions.EditionChanges update)
    {
        html.Append(Invariant, $"<div class=\"couverture-note\">\n<p>{E(config.Label("mise_a_jour_depuis"))} {E(update.Edition.Description)}.</p>\n");
        void List(string label, IEnumerable<Fiche> fiches)
        {
            var printed = fiches.Where(binder.Fiches.Contains).ToList();
            if (printed.Count == 0) return;
            html.Append(Invariant, $"<p class=\"couverture-consigne\">{E(config.Label(label))}</p>\n<ol class=\"couverture-liste\">\n");
            foreach (var fiche in printed) Entry(html, "toc-mise-a-jour", BinderFiche.Anchor(fiche), fiche.CitationText);
            html.Append("</ol>\n");
        }
        List("mise_a_jour_remplacer", update.Changed);
        List("mise_a_jour_ajouter", update.Added);
        if (update.Removed.Count > 0)
        {
            html.Append(Invariant, $"<p class=\"couverture-consigne\">{E(config.Label("mise_a_jour_retirer"))}</p>\n<ul class=\"couverture-retirer\">\n");
            foreach (var fiche in update.Removed) html.Append(Invariant, $"<li>{E(fiche.Citation)}</li>\n");
            html.Append("</ul>\n");
        }
        html.Append("</div>\n");
    }

    /// <summary>Every part, section and fiche with the page where it starts (target-counter, in the stylesheet).</summary>
    private static void Contents(StringBuilder html, Binder binder, SiteConfig config)
    {
        html.Append(Invariant, $"<nav class=\"sommaire-reliure\">\n<h1 aria-level=\"1\">{E(config.Label("sommaire"))}</h1>\n<ol>\n");
        foreach (var page in binder.Before) Entry(html, "toc-page", BinderFiche.Anchor(page), page.ShortTitle ?? page.Title);
        foreach (var part in BinderPlan.Parts(binder.Fiches))
        {
            Entry(html, "toc-partie", "partie-" + part.Key.ToLowerInvariant(), ManualStructure.PartTitle(config, part.First().Type));
            string[] open = [];
            foreach (var fiche in part)
            {
                var path = ManualStructure.SectionPath(fiche.Id).ToArray();
                foreach (var section in path.Skip(Common(open, path)))
                    Entry(html, section.Contains('-', StringComparison.Ordinal) ? "toc-sous-section" : "toc-section", "section-" + section.ToLowerInvariant(), ManualStructure.SectionTitle(config, section));
                open = path;
                Entry(html, "toc-fiche", BinderFiche.Anchor(fiche), fiche.CitationText);
            }
        }
        foreach (var page in binder.After) Entry(html, "toc-page", BinderFiche.Anchor(page), page.ShortTitle ?? page.Title);
        html.Append("</ol>\n</nav>\n");
    }

    private static void Entry(StringBuilder html, string kind, string anchor, string text) =>
        html.Append(Invariant, $"<li class=\"{kind}\"><a href=\"#{anchor}\"><span class=\"toc-titre\">{E(text)}</span><span class=\"toc-points\" aria-hidden=\"true\"></span></a></li>\n");

    private static void SectionDivider(StringBuilder html, SiteConfig config, string partTitle, string[] path, List<string> opened)
    {
        html.Append(Invariant, $"<section class=\"intercalaire intercalaire-section\" id=\"section-{opened[0].ToLowerInvariant()}\">\n");
        html.Append(Invariant, $"<p class=\"intercalaire-partie\">{E(partTitle)}</p>\n");
        foreach (var outer in path.Take(path.Length - opened.Count))
            html.Append(Invariant, $"<p class=\"intercalaire-contexte\">{E(ManualStructure.SectionTitle(config, outer))}</p>\n");
        for (var i = 0; i < opened.Count; i++)
        {
            var level = 2 + path.Length - opened.Count + i;
            var id = i == 0 ? "" : $" id=\"section-{opened[i].ToLowerInvariant()}\"";
            html.Append(Invariant, $"<h2{id} aria-level=\"{level}\" aria-label=\"{E(ManualStructure.SectionTitle(config, opened[i]))}\">{E(ManualStructure.SectionTitle(config, opened[i]))}</h2>\n");
        }
        html.Append("</section>\n");
    }

    private static void FicheBlock(StringBuilder html, Fiche fiche, string siteDirectory, IReadOnlyDictionary<string, string> anchors, int level)
    {
        var footer = fiche.Type == FicheType.Page ? fiche.ShortTitle ?? fiche.Title : fiche.CitationText;
        html.Append(Invariant, $"<div class=\"fiche-reliure\" id=\"{BinderFiche.Anchor(fiche)}\" data-pied=\"{E(footer)}\" data-niveau=\"{level}\">\n");
        html.Append(BinderFiche.Render(fiche, siteDirectory, anchors, level));
        html.Append("\n</div>\n");
    }

    private static int Common(string[] a, string[] b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        return n;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
