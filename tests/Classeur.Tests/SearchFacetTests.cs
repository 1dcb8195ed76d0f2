using Classeur.Build;
using Classeur.Model;
using Classeur.Search;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>The search filters in the built index: type, keyword, region and origin, with the fiches of each value.</summary>
public sealed class SearchFacetTests
{
    [Fact]
    public void Writes_the_filters_into_the_manifest_and_the_fiches_of_each_value_apart()
    {
        using var site = FixtureSite.Create();
        var result = SiteBuilder.Run(new BuildOptions(site.Root));
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));

        var data = SearchCheck.Data(site.Output, "index");
        Assert.Equal("Affiner les résultats", data.GetProperty("filtresLegende").GetString());
        Assert.Equal("Tous", data.GetProperty("filtresTous").GetString());
        var filters = data.GetProperty("filtres").EnumerateArray().ToList();
        Assert.Equal(["type", "mot_cle", "region", "origine"], filters.Select(f => f.GetProperty("n").GetString()));
        Assert.Equal(["Type de fiche", "Mot clef", "Région", "Origine"], filters.Select(f => f.GetProperty("l").GetString()));
        var values = filters.Select(f => f.GetProperty("v").EnumerateArray().Select(v => v.GetString()!).ToList()).ToList();
        // Types in the manual's order (repères before méthodes before expériences), not alphabetical.
        Assert.Equal(["Expérience", "Expérience externe", "Méthode", "Page", "Repère", "Ressource"], values[0].Order(StringComparer.Ordinal));
        Assert.True(values[0].IndexOf("Repère") < values[0].IndexOf("Méthode") && values[0].IndexOf("Méthode") < values[0].IndexOf("Expérience"));
        Assert.Equal(["Bretagne", "Grand Est", "Hauts-de-France"], values[2]);
        Assert.Equal(3, values[1].Count);

        // Each value's fiches, loaded only when the value is chosen: fiche numbers as differences.
        var urls = FicheUrls(site.Output, data.GetProperty("fiches").GetInt32());
        List<string> With(int facet, string value) => Fiches(site.Output, facet, values[facet].IndexOf(value)).Select(i => urls[i]).ToList();
        Assert.Contains("fiches/iii-1.html", With(0, "Expérience"));
        Assert.DoesNotContain("fiches/i-b-1.html", With(0, "Expérience"));
        Assert.Contains("fiches/iii-1.html", With(2, "Bretagne"));
        Assert.Contains("fiches/iii-1.html", With(3, "manuel"));
        Assert.Contains("experiences-externes/exp-001-1.html", With(3, "source externe"));
        Assert.DoesNotContain("fiches/i-b-1.html", values[2].SelectMany(region => With(2, region)));
        Assert.Equal(2, values[1].Count(keyword => With(1, keyword).Contains("fiches/iii-1.html")));
    }

    /// <summary>The fiches (by number) that take value <paramref name="value"/> of filter <paramref name="facet"/>.</summary>
    private static List<int> Fiches(string site, int facet, int value)
    {
        var fiche = 0;
        return [.. SearchCheck.Data(site, $"f/{facet}-{value}").EnumerateArray().Select(d => fiche += d.GetInt32())];
    }

    /// <summary>Each fiche's address, by number, from the first of its text files.</summary>
    private static List<string> FicheUrls(string site, int count) =>
        [.. Enumerable.Range(0, count).Select(i => SearchCheck.Data(site, $"s/{i}-0").GetProperty("m")[0].GetString()!)];

    [Fact]
    public void A_new_filter_is_one_more_facet()
    {
        using var site = FixtureSite.Create();
        var loaded = SiteBuilder.Load(new BuildOptions(site.Root));
        SearchFacet origin = new("origine", "Origine", (f, _, _) => [f.Type == FicheType.Experience ? "source externe" : "manuel"]);

        var facets = SearchFacets.Compute(loaded.Manual, loaded.Config, [.. SearchFacets.All, origin]);

        var (name, label, values) = facets.Facets[^1];
        Assert.Equal(("origine", "Origine"), (name, label));
        Assert.Equal(["manuel", "source externe"], values);
        Assert.Equal([1], facets.Of("III-2")![^1]);
        Assert.Equal([0], facets.Of("I-B-1")![^1]);
    }

    [Fact]
    public void Site_yml_may_rename_a_filter()
    {
        using var site = FixtureSite.Create();
        var loaded = SiteBuilder.Load(new BuildOptions(site.Root));
        loaded.Config.Labels["recherche_filtre_region"] = "Territoire";

        var facets = SearchFacets.Compute(loaded.Manual, loaded.Config);

        Assert.Equal("Territoire", facets.Facets.Single(f => f.Name == "region").Label);
    }
}
