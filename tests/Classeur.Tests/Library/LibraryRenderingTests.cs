using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Classeur.Build;
using Classeur.Search;
using Classeur.Tests.Support;

namespace Classeur.Tests.Library;

/// <summary>
/// The library on the fixture site: resource and external case pages, and the links both ways
/// (fiche ↔ resource ↔ external case ↔ keyword), the « Bibliothèque » and glossary pages.
/// </summary>
public sealed class LibraryRenderingTests : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TempProject _site = FixtureSite.Create();

    public LibraryRenderingTests() => Assert.True(SiteBuilder.Run(new BuildOptions(_site.Root)).Written);

    public void Dispose() => _site.Dispose();

    private IDocument Page(string url) => Parser.ParseDocument(File.ReadAllText(Path.Combine(_site.Output, url)));

    private static List<string?> Links(IElement? section) =>
        section is null ? [] : section.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();

    [Fact]
    public void A_resource_page_describes_the_document_and_links_its_fiches_cases_and_keywords()
    {
        var page = Page("ressources/res-001.html");
        var rows = page.QuerySelectorAll(".document-champs div").Select(d => d.TextContent).ToList();
        Assert.Contains("Longueurenviron 180 pages (déduit)", rows);
        Assert.Contains("Date2017", rows);
        Assert.Equal(["resume", "plan-du-document", "extraits"], page.QuerySelectorAll(".fiche-corps h2").Select(h => h.Id));

        var related = page.QuerySelector("[aria-labelledby=bloc-fiches-eclairees]")!;
        Assert.Equal(["../fiches/i-c-2-a.html", "../fiches/iii-1.html"], Links(related));
        Assert.Contains("Où lire : Chapitre 2 (« Coopérer »)", related.TextContent, StringComparison.Ordinal);
        Assert.Contains("L’ouvrage décrit des coopérations", related.TextContent, StringComparison.Ordinal);

        var cases = page.QuerySelector("[aria-labelledby=bloc-cas-decrits]")!;
        Assert.Equal(["../experiences-externes/exp-001-1.html", "../experiences-externes/exp-001-2.html", "../experiences-externes/exp-001-3.html"], Links(cases));
        Assert.Contains("Faits de 2012-2016, rapportés en 2017", cases.TextContent, StringComparison.Ordinal);

        var records = page.QuerySelector("[aria-labelledby=bloc-bibliographie-document]")!.QuerySelectorAll("li").Select(l => l.TextContent).ToList();
        Assert.Equal(2, records.Count);
        Assert.StartsWith("Les coopérations d’employeurs, une étude d’essai – Luc PETIT – 2015", records[1], StringComparison.Ordinal);
        Assert.Equal(["../mots-cles/cooperation.html", "../mots-cles/mutualisation.html"], Links(page.QuerySelector(".mots-cles")));
    }

    [Fact]
    public void An_external_case_says_it_comes_from_a_source_with_the_dates_of_facts_and_source()
    {
        var page = Page("experiences-externes/exp-001-1.html");
        var notice = page.QuerySelector(".avis-source-externe")!;
        Assert.StartsWith("Expérience tirée d’une source externe.", notice.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal(["../ressources/res-001.html"], Links(notice));
        Assert.Contains(", Chapitre 2, section 1.", notice.TextContent, StringComparison.Ordinal);
        Assert.Equal("Faits de 2012-2016, rapportés en 2017.", notice.QuerySelector(".dates-source")!.TextContent);
        Assert.Contains("Pays d’essai, Morbihan — Bretagne", page.QuerySelector(".fiche-lieu")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["../fiches/i-c-2-a.html"], Links(page.QuerySelector("[aria-labelledby=bloc-dimensions]")));
        Assert.Equal("Faits : vers 2010, rapportés en 2017.", Page("experiences-externes/exp-001-2.html").QuerySelector(".avis-source-externe .dates-source")!.TextContent);
    }

    [Fact]
    public void Manual_fiches_show_related_resources_and_reperes_their_external_cases_apart_from_the_manuals()
    {
        var repere = Page("fiches/i-c-2-a.html");
        var resources = repere.QuerySelector("[aria-labelledby=bloc-ressources-liees]")!;
        Assert.Equal(["../ressources/res-001.html"], Links(resources));
        Assert.Contains("L’ouvrage décrit des coopérations entre employeurs d’un même territoire.", resources.TextContent, StringComparison.Ordinal);
        Assert.Equal(["../experiences-externes/exp-001-1.html", "../experiences-externes/exp-001-2.html", "../experiences-externes/exp-001-3.html"],
            Links(repere.QuerySelector("[aria-labelledby=bloc-cas-externes]")));
        Assert.DoesNotContain(Links(repere.QuerySelector(".en-pratique")), l => l!.Contains("externes", StringComparison.Ordinal));

        Assert.Equal(["../experiences-externes/exp-001-2.html"], Links(Page("fiches/i-b-1.html").QuerySelector("[aria-labelledby=bloc-cas-externes]")));
        Assert.Equal(["../ressources/res-001.html"], Links(Page("fiches/iii-1.html").QuerySelector("[aria-labelledby=bloc-ressources-liees]")));
        Assert.Null(Page("fiches/ii-1.html").QuerySelector("[aria-labelledby=bloc-ressources-liees]"));
        // A Breton external case is not one of the manual's « Expériences proches ».
        Assert.DoesNotContain(Links(Page("fiches/iii-1.html").QuerySelector(".experiences-proches")), l => l!.Contains("externes", StringComparison.Ordinal));
    }

    [Fact]
    public void Keyword_pages_list_the_library_under_its_own_headings()
    {
        var page = Page("mots-cles/cooperation.html");
        var groups = page.QuerySelectorAll("main section h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["Repères", "Méthodes", "Expériences", "Autres pages", "Ressources de la bibliothèque", "Expériences tirées de sources externes"], groups);
        var sections = page.QuerySelectorAll("main section").ToList();
        Assert.Equal(["../ressources/res-001.html"], Links(sections[4]));
        Assert.Equal(["../experiences-externes/exp-001-1.html", "../experiences-externes/exp-001-2.html"], Links(sections[5]));
        Assert.Equal("Les fiches de l’index pour ce mot clef (4)", page.QuerySelector(".sous-titre")!.TextContent);
    }

    [Fact]
    public void The_library_page_lists_resources_with_their_cases_and_is_linked_from_home_and_every_page()
    {
        var library = Page("bibliotheque/index.html");
        Assert.Equal("Bibliothèque", library.QuerySelector("h1")!.TextContent);
        var item = Assert.Single(library.QuerySelectorAll(".bibliotheque-liste > li"));
        Assert.Equal(["../ressources/res-001.html", "../experiences-externes/exp-001-1.html", "../experiences-externes/exp-001-2.html", "../experiences-externes/exp-001-3.html"], Links(item));
        Assert.Contains("Ouvrage collectif · Jeanne MARTIN, Paul DURAND · 2017", item.TextContent, StringComparison.Ordinal);
        // Short link texts: a resource's or a case's title alone is the link; the rest is plain text beside it.
        Assert.Equal(["Coopérer sur un territoire : un ouvrage d’essai", "Un groupement d’employeurs du pays d’essai", "Un plan territorial des compétences", "Une coopérative d’activités sans adresse"],
            item.QuerySelectorAll("a").Select(a => a.TextContent));
        Assert.Equal("RES-001 · Ouvrage collectif · Jeanne MARTIN, Paul DURAND · 2017", item.QuerySelector(".fiche-lieu")!.TextContent);
        Assert.Equal(["GE d’essai · Pays d’essai, Morbihan", "Maison de l’emploi d’essai · Sud d’essai, Haut-Rhin", "Coopérative d’essai · Plusieurs communes bretonnes — lieu non précisé par la source"],
            item.QuerySelectorAll(".cas-details").Select(d => d.TextContent));
        Assert.Equal("Faits de 2012-2016, rapportés en 2017", item.QuerySelector(".cas-liste .dates-source")!.TextContent);

        var home = Page("index.html");
        Assert.Contains("bibliotheque/index.html", Links(home.QuerySelector("main")));
        Assert.Contains("glossaire/index.html", Links(home.QuerySelector("main")));
        Assert.DoesNotContain(Links(home.QuerySelector("nav.sommaire")), l => l!.Contains("ressources/", StringComparison.Ordinal));
        Assert.Contains("../bibliotheque/index.html", Links(Page("fiches/ii-1.html").QuerySelector("footer")));
        // Reading order stays within the manual: the last fiche of the manual does not lead into the library.
        Assert.Null(Page("ressources/res-001.html").QuerySelector("a[rel=prev]"));
    }

    [Fact]
    public void The_glossary_page_lists_terms_sorted_with_anchors_expansions_and_sources()
    {
        var page = Page("glossaire/index.html");
        var entries = page.QuerySelectorAll(".glossaire dt").ToList();
        Assert.Equal(["sigle-dts", "sigle-ge", "sigle-iae"], entries.Select(e => e.Id));
        Assert.Equal("Groupement d’employeurs", entries[1].QuerySelector("abbr")!.GetAttribute("title"));
        var source = page.QuerySelectorAll(".glossaire-source").Select(s => s.TextContent).ToList();
        Assert.Contains("Source : Ressource RES-001 – Coopérer sur un territoire, Chapitre 2", source);
    }

    [Fact]
    public void Only_the_first_use_of_a_term_outside_headings_links_and_code_is_marked()
    {
        var body = Page("fiches/i-c-2-a.html").QuerySelector(".fiche-corps")!;
        var marked = body.QuerySelectorAll("a.sigle").ToList();
        Assert.Equal(["IAE", "GE", "DTS"], marked.Select(m => m.QuerySelector("abbr")!.TextContent));
        Assert.Equal("../glossaire/index.html#sigle-iae", marked[0].GetAttribute("href"));
        Assert.Equal("Insertion par l’activité économique", marked[0].QuerySelector("abbr")!.GetAttribute("title"));
        // The expansion is in the text too (read by screen readers, shown in print), once, in parentheses.
        Assert.Equal(" (Insertion par l’activité économique)", marked[0].QuerySelector(".sigle-developpe")!.TextContent);
        // « IAE » inside the link to the guide stays plain: the marked one is the next use, outside it.
        Assert.Empty(body.QuerySelectorAll("a[href^=http] abbr"));
        Assert.Equal("GE", body.QuerySelector("code")!.TextContent);

        var repere = Page("fiches/i-b-1.html").QuerySelector(".fiche-corps")!;
        Assert.Empty(repere.QuerySelectorAll("h2 abbr, h3 abbr"));
        Assert.Single(repere.QuerySelectorAll("a.sigle"));
    }

    [Fact]
    public void The_library_is_in_the_search_index_with_its_type_and_cites_its_records()
    {
        var loaded = SiteBuilder.Load(new BuildOptions(_site.Root) { CheckOnly = true });
        var documents = SearchDocuments.From(loaded.Manual, loaded.Config);
        Assert.Equal("Ressource", documents.Single(d => d.Reference == "RES-001").Type);
        Assert.Equal("Expérience externe", documents.Single(d => d.Reference == "EXP-001-1").Type);
        Assert.Equal(["I-C-2-a", "RES-001"], loaded.Manual.CitingRecord("guide-2010").Select(f => f.Id.Value));
        Assert.Equal(["RES-001"], loaded.Manual.CitingRecord("essai-2015").Select(f => f.Id.Value));
    }
}
