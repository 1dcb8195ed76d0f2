using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Classeur.Build;
using Classeur.Knowledge;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// The knowledge base on a fixture (Sites/base with Sites/knowledge laid over it): territories map,
/// « Voir aussi » scores and reasons, the graph, the editorial report. Expected values are worked out
/// by hand from the fixture's front matter.
/// </summary>
public sealed class KnowledgeBaseTests : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TempProject _site = FixtureSite.Create(Path.Combine(RepositoryPaths.Sites, "knowledge"));

    public void Dispose() => _site.Dispose();

    private IDocument Build(string url)
    {
        var result = SiteBuilder.Run(new BuildOptions(_site.Root));
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        return Page(url);
    }

    private IDocument Page(string url) => Parser.ParseDocument(File.ReadAllText(Path.Combine(_site.Output, url)));

    [Fact]
    public void The_territories_map_has_one_named_link_per_departement_with_experiences()
    {
        var page = Build("territoires.html");
        var links = page.QuerySelectorAll("svg.carte-france a").ToList();
        Assert.Equal(["#departement-22", "#departement-38", "#departement-56", "#departement-59", "#departement-68"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["Côtes-d'Armor : 1 expérience", "Isère : 1 expérience", "Morbihan : 1 expérience", "Nord : 1 expérience", "Haut-Rhin : 1 expérience"], links.Select(a => a.GetAttribute("aria-label")));
        // The 96 départements of the package are all drawn; the marked ones hatched (not colour alone).
        Assert.Equal(96, page.QuerySelectorAll("svg.carte-france path").Length);
        Assert.All(links, a => Assert.Equal("url(#carte-hachures)", a.QuerySelector("path")!.GetAttribute("fill")));
        Assert.Contains("CC-BY-4.0", page.QuerySelector(".credit")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_territories_list_goes_region_then_departement_then_fiches_and_keeps_the_overseas_ones()
    {
        var page = Build("territoires.html");
        var list = page.QuerySelector(".liste-territoires")!;
        Assert.Equal(["Auvergne-Rhône-Alpes", "Bretagne", "Grand Est", "Guadeloupe", "Hauts-de-France"], list.QuerySelectorAll("h3").Select(h => h.TextContent));
        Assert.Equal(["Isère (38) · 1 expérience", "Côtes-d'Armor (22) · 1 expérience", "Morbihan (56) · 1 expérience", "Haut-Rhin (68) · 1 expérience", "971 · 1 expérience", "Nord (59) · 1 expérience"],
            list.QuerySelectorAll("h4").Select(h => h.TextContent));
        // Every link of the map leads to a heading of the list.
        foreach (var link in page.QuerySelectorAll("svg a"))
            Assert.NotNull(page.GetElementById(link.GetAttribute("href")![1..]));
        var overseas = page.GetElementById("departement-971")!;
        Assert.Equal("hors-carte", overseas.NextElementSibling!.ClassName);
        Assert.Equal("fiches/iii-4.html", overseas.NextElementSibling!.NextElementSibling!.NextElementSibling!.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Voir_aussi_scores_shared_keywords_repères_and_links_and_leaves_out_what_the_fiche_links_to()
    {
        var items = Build("fiches/iii-1.html").QuerySelectorAll(".suggestions li").ToList();
        // III-3: 2 keywords (1 each) + 2 repères (2 each) + 1 shared link, II-1 (2) = 8.
        // EXP-001-2 (library): 2 repères = 4; III-2: 1 repère = 2; III-4: links here = 2; EXP-001-1: 1 repère = 2;
        // ties kept in the manual's order, the library after the manual.
        // II-1, I-B-1 and I-C-2-a are already linked from III-1: never suggested.
        Assert.Equal(["../fiches/iii-3.html", "../experiences-externes/exp-001-2.html", "../fiches/iii-2.html", "../fiches/iii-4.html", "../experiences-externes/exp-001-1.html"], items.Select(i => i.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal(["(2 mots clefs en commun · 2 repères en commun · 1 renvoi en commun)", "(2 repères en commun)", "(1 repère en commun)", "(renvoie à cette fiche)", "(1 repère en commun)"],
            items.Select(i => i.QuerySelector(".raison")!.TextContent));
    }

    [Fact]
    public void Voir_aussi_weights_and_count_come_from_site_yml()
    {
        File.AppendAllText(_site.PathOf("site.yml"), "related:\n  keywords: 0\n  dimensions: 0\n  links: 5\n  count: 1\n");
        var items = Build("fiches/iii-1.html").QuerySelectorAll(".suggestions li").ToList();
        // With links alone: III-3 shares II-1 (5), III-4 links here (5): the first in manual order wins.
        var item = Assert.Single(items);
        Assert.Equal("../fiches/iii-3.html", item.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_graph_has_one_named_link_per_fiche_and_its_edges()
    {
        var page = Build("graphe.html");
        var nodes = page.QuerySelectorAll("svg.graphe-manuel a").ToList();
        Assert.Equal(["fiches/i-b-1.html", "fiches/i-c-2-a.html", "fiches/ii-1.html", "fiches/iii-1.html", "fiches/iii-2.html", "fiches/iii-3.html", "fiches/iii-4.html"],
            nodes.Select(a => a.GetAttribute("href")));
        Assert.All(nodes, a => Assert.Contains(a.GetAttribute("data-fiche")!, a.GetAttribute("aria-label")!, StringComparison.Ordinal));
        // Each box shows its id and the start of its title, drawn outside the link (whose name says it whole).
        var labels = page.QuerySelectorAll("svg.graphe-manuel .graphe-etiquettes text").Select(t => t.TextContent).ToList();
        Assert.Equal(nodes.Select(a => a.GetAttribute("data-fiche")), labels.Select(l => l.Split(' ')[0]));
        Assert.Contains("I-C-2-a Coopération", labels);
        // Dimensions: II-1 ×2, III-1 ×2, III-2, III-3 ×2 = 7; see_also: I-C-2-a → I-B-1, II-1, III-1, III-4 → III-1;
        // citations: III-3 → II-1 (III-1 → I-C-2-a is a dimension already; III-1 → II-1 a see_also).
        Assert.Equal(7, page.QuerySelectorAll(".graphe-lien-dimension").Length);
        Assert.Equal(5, page.QuerySelectorAll(".graphe-lien-plus-loin").Length);
        Assert.Single(page.QuerySelectorAll(".graphe-lien-renvoi"));
    }

    [Fact]
    public void Each_fiche_shows_its_neighbourhood_with_a_link_per_neighbour()
    {
        var svg = Build("fiches/iii-1.html").QuerySelector("svg.graphe-voisinage")!;
        // Left: I-C-2-a and III-4 link to III-1; right: what III-1 links to (II-1, I-B-1, I-C-2-a).
        Assert.Equal(["../fiches/iii-4.html", "../fiches/i-b-1.html", "../fiches/i-c-2-a.html", "../fiches/ii-1.html"], svg.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Equal("III-1", svg.QuerySelector(".graphe-noeud-courant + text")!.TextContent);
    }

    [Fact]
    public void The_report_lists_what_the_staff_should_look_at()
    {
        var loaded = SiteBuilder.Load(new BuildOptions(_site.Root));
        var report = new EditorialReport(loaded.Manual, new ManualLinks(loaded.Manual));
        Assert.Equal(["III-2", "III-3", "III-4"], report.Orphans.Select(f => f.Id.Value));
        Assert.Equal([("insertion", "III-3")], report.SingleKeywords.Select(p => (p.Keyword.Id, p.Fiche.Id.Value)));
        Assert.Equal(["rapport-2009"], report.UncitedRecords.Select(r => r.Id));
        Assert.Equal(["I-C-2-a → I-B-1", "I-C-2-a → II-1", "I-C-2-a → III-1", "III-1 → II-1", "III-4 → III-1"],
            report.OneWaySeeAlso.Select(l => $"{l.From.Id.Value} → {l.To.Id.Value}"));
        Assert.Equal(["III-4"], report.WithoutKeywords.Select(f => f.Id.Value));
        Assert.Equal(["III-2", "III-4"], report.ExperiencesWithoutContacts.Select(f => f.Id.Value));
        Assert.Equal(["www.example.org", "www.ressourcerie.example.com"], report.Domains.Select(d => d.Domain));
        var ressourcerie = report.Domains[1].Urls;
        Assert.Equal(["http://www.ressourcerie.example.com/", "http://www.ressourcerie.example.com/histoire"], ressourcerie.Select(u => u.Url));
        Assert.Equal(["III-3"], ressourcerie[1].Places);
    }

    [Fact]
    public void The_report_page_is_built_but_hidden_from_search_engines_and_the_navigation()
    {
        var page = Build("rapport/index.html");
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Contains("III-4", page.QuerySelector("#rapport-5")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Null(Page("index.html").QuerySelector("a[href*=rapport]"));
        Assert.Null(Page("fiches/iii-1.html").QuerySelector("meta[name=robots]"));
        var home = Page("index.html").QuerySelectorAll(".parcourir a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["territoires.html", "graphe.html"], home);
    }

    [Fact]
    public void Emails_are_obfuscated_by_default_readable_and_without_at_sign_or_mailto()
    {
        var contacts = Build("fiches/iii-1.html").QuerySelector(".contacts")!;
        Assert.Equal("b.lanceleur [arobase] example.org", contacts.QuerySelector(".courriel")!.TextContent);
        Assert.Contains("[arobase]", contacts.QuerySelector(".note-courriel")!.TextContent, StringComparison.Ordinal);
        var html = File.ReadAllText(Path.Combine(_site.Output, "fiches/iii-1.html"));
        Assert.DoesNotContain("mailto:", html, StringComparison.Ordinal);
        Assert.DoesNotContain("lanceleur@", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Emails_can_be_shown_as_links()
    {
        File.AppendAllText(_site.PathOf("site.yml"), "contacts:\n  email: show\n");
        var contacts = Build("fiches/iii-1.html").QuerySelector(".contacts")!;
        Assert.Equal("mailto:b.lanceleur@example.org", contacts.QuerySelector("a")!.GetAttribute("href"));
        Assert.Null(contacts.QuerySelector(".note-courriel"));
    }

    [Fact]
    public void Emails_can_be_hidden()
    {
        File.AppendAllText(_site.PathOf("site.yml"), "contacts:\n  email: hide\n");
        var contacts = Build("fiches/iii-1.html").QuerySelector(".contacts")!;
        Assert.Contains("Bénédicte LANCELEUR", contacts.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("lanceleur", File.ReadAllText(Path.Combine(_site.Output, "fiches/iii-1.html")).Replace("LANCELEUR", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("Courriel", contacts.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_email_setting_is_reported_in_french()
    {
        File.AppendAllText(_site.PathOf("site.yml"), "contacts:\n  email: cacher\n");
        var result = SiteBuilder.Run(new BuildOptions(_site.Root));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CLS0010", diagnostic.Code);
        Assert.Contains("show, obfuscate ou hide", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_command_prints_french_text_and_json()
    {
        var (code, text, _) = ClasseurCommand.Run("report", "--project", _site.Root);
        Assert.Equal(0, code);
        Assert.Contains("Fiches orphelines (citées par aucune autre fiche) : 3", text, StringComparison.Ordinal);
        Assert.Contains("  Insertion : III-3", text, StringComparison.Ordinal);
        Assert.Contains("  rapport-2009 : Rapport d’activité 2009 – COORACE – 2009", text, StringComparison.Ordinal);

        var (jsonCode, json, _) = ClasseurCommand.Run("report", "--project", _site.Root, "--format", "json");
        Assert.Equal(0, jsonCode);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(["III-2", "III-4"], root.GetProperty("experiences_sans_contact").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal("www.example.org", root.GetProperty("adresses_par_domaine")[0].GetProperty("domaine").GetString());
    }
}
