using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Classeur.Build;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>The manual's architecture made walkable: keyword pages, relations read both ways.</summary>
public sealed class KnowledgeTests : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly TempProject _site = FixtureSite.Create();

    public KnowledgeTests() => Assert.True(SiteBuilder.Run(new BuildOptions(_site.Root)).Written);

    public void Dispose() => _site.Dispose();

    private IDocument Page(string url) => Parser.ParseDocument(File.ReadAllText(Path.Combine(_site.Output, url)));

    [Fact]
    public void Each_keyword_has_a_page_listing_its_fiches_by_type_with_their_summary()
    {
        var page = Page("mots-cles/territoire.html");
        Assert.Contains("Territoire (ancrage territorial / configuration territoriale)", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var groups = page.QuerySelectorAll("main section h2").Select(h => h.TextContent).ToList();
        Assert.Equal(["Repères", "Expériences"], groups);
        var items = page.QuerySelectorAll(".liste-resumes li").ToList();
        Assert.Equal(["../fiches/i-b-1.html", "../fiches/iii-1.html"], items.Select(i => i.QuerySelector("a")!.GetAttribute("href")));
        Assert.Equal("L’ancrage territorial est la base commune des entreprises en démarche de DTS.", items[0].QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void Keywords_on_a_fiche_link_to_their_pages()
    {
        var links = Page("fiches/i-c-2-a.html").QuerySelectorAll(".mots-cles a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../mots-cles/cooperation.html", "../mots-cles/mutualisation.html"], links);
    }

    [Fact]
    public void A_repere_lists_the_methodes_and_experiences_that_name_it_in_their_dimensions()
    {
        var section = Page("fiches/i-b-1.html").QuerySelector(".en-pratique")!;
        var headings = section.QuerySelectorAll("h3").Select(h => h.TextContent).ToList();
        Assert.Equal(["Méthodes qui aident à la mettre en œuvre", "Expériences qui l’illustrent"], headings);
        var links = section.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../fiches/ii-1.html", "../fiches/iii-1.html"], links);
    }

    [Fact]
    public void An_experience_near_another_is_shown_once_under_voir_aussi_not_again_under_experiences_proches()
    {
        var page = Page("fiches/iii-1.html");
        // III-2 shares a dimension with III-1 and is already suggested under « Voir aussi ».
        Assert.Contains("../fiches/iii-2.html", page.QuerySelectorAll(".suggestions a").Select(a => a.GetAttribute("href")));
        Assert.Null(page.QuerySelector(".experiences-proches"));
    }

    [Fact]
    public void Dimensions_are_no_longer_repeated_in_cite_par()
    {
        var citePar = Page("fiches/i-b-1.html").QuerySelector(".cite-par");
        Assert.DoesNotContain("Dimension que cette", citePar?.TextContent ?? "", StringComparison.Ordinal);
    }
}
