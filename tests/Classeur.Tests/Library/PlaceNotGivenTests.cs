using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Classeur.Build;
using Classeur.Tests.Support;

namespace Classeur.Tests.Library;

/// <summary>
/// An external case whose source does not say where (`departement: non-precise`, EXP-001-3 of the
/// fixture, « Bretagne » as its region): off the map, listed apart on the territories page, and
/// otherwise as findable as any case (search and its region filter, keyword page, « Voir aussi »).
/// </summary>
public sealed class PlaceNotGivenTests : IDisposable
{
    private const string Case = "experiences-externes/exp-001-3.html";
    private static readonly HtmlParser Parser = new();
    private readonly TempProject _site = FixtureSite.Create();

    public PlaceNotGivenTests()
    {
        var result = SiteBuilder.Run(new BuildOptions(_site.Root));
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    private IDocument Page(string url) => Parser.ParseDocument(File.ReadAllText(Path.Combine(_site.Output, url)));

    private static List<string?> Links(IElement? element) =>
        element is null ? [] : element.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();

    [Fact]
    public void The_territories_page_lists_the_case_apart_and_the_map_has_no_link_for_it()
    {
        var page = Page("territoires.html");
        var sections = page.QuerySelectorAll("section.liste-territoires").ToList();
        Assert.Equal(2, sections.Count);
        // The map and the list by département know nothing of it: no guessed département, and each marked
        // département of the map is a heading of that list, and the other way round.
        Assert.DoesNotContain(Case, Links(sections[0]));
        var mapLinks = Links(page.QuerySelector("svg.carte-france")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["#departement-22", "#departement-56", "#departement-59", "#departement-68"], mapLinks);
        Assert.Equal(mapLinks, sections[0].QuerySelectorAll("h4").Select(h => "#" + h.Id).Order(StringComparer.Ordinal));

        var apart = sections[1];
        Assert.Equal("titre-lieu-non-precise", apart.GetAttribute("aria-labelledby"));
        Assert.Equal("Lieu non précisé par la source", apart.QuerySelector("h2")!.TextContent);
        Assert.Equal(["Bretagne · 1 expérience"], apart.QuerySelectorAll("h3").Select(h => h.TextContent));
        Assert.Equal([Case], Links(apart));
        Assert.Contains("Plusieurs communes bretonnes", apart.QuerySelector("li")!.TextContent, StringComparison.Ordinal);
        // The header says there is such a list, and leads to it: it is not lost below a long list.
        var notice = page.QuerySelector(".renvoi-lieu-non-precise")!;
        Assert.Equal("Hors de la carte : Lieu non précisé par la source (1 expérience).", notice.TextContent);
        Assert.Equal(["#titre-lieu-non-precise"], Links(notice));
        Assert.StartsWith("5 expériences ·", page.QuerySelector(".sous-titre")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_case_page_says_the_source_does_not_give_the_place()
    {
        var place = Page(Case).QuerySelector(".fiche-lieu")!.TextContent;
        Assert.Contains("Plusieurs communes bretonnes — Bretagne — lieu non précisé par la source", place, StringComparison.Ordinal);
        Assert.DoesNotContain("lieu non précisé", Page("experiences-externes/exp-001-1.html").QuerySelector(".fiche-lieu")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_case_stays_in_search_with_its_region_on_its_keyword_page_and_in_voir_aussi()
    {
        var data = SearchCheck.Data(_site.Output, "index");
        var regions = data.GetProperty("filtres")[2].GetProperty("v").EnumerateArray().Select(v => v.GetString()).ToList();
        var fiche = Enumerable.Range(0, data.GetProperty("fiches").GetInt32())
            .Single(i => SearchCheck.Data(_site.Output, $"s/{i}-0").GetProperty("m")[0].GetString() == Case);
        var fiche0 = 0;
        var inBretagne = SearchCheck.Data(_site.Output, $"f/2-{regions.IndexOf("Bretagne")}").EnumerateArray().Select(d => fiche0 += d.GetInt32());
        Assert.Contains(fiche, inBretagne);

        Assert.Contains("../" + Case, Links(Page("mots-cles/mutualisation.html").QuerySelector("main")));
        Assert.Contains("../" + Case, Links(Page("fiches/iii-1.html").QuerySelector(".suggestions")));
    }
}
