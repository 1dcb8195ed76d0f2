using System.Text.Json;
using Classeur.Build;
using Classeur.Model;
using Classeur.Search;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>The search filters in the built index: type, keyword and region, with each fiche's values.</summary>
public sealed class SearchFacetTests
{
    [Fact]
    public void Writes_the_filters_and_the_values_of_each_fiche_into_the_index()
    {
        using var site = FixtureSite.Create();
        var result = SiteBuilder.Run(new BuildOptions(site.Root));
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));

        var data = Load(site.Read("_site/" + SearchIndexBuilder.OutputPath));
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

        var documents = data.GetProperty("documents").EnumerateArray().ToList();
        var palacret = documents.Single(d => d.GetProperty("r").GetString() == "III-1");
        var facets = palacret.GetProperty("f").EnumerateArray().Select(f => f.EnumerateArray().Select(v => v.GetInt32()).ToList()).ToList();
        Assert.Equal(["Expérience"], facets[0].Select(i => values[0][i]));
        Assert.Equal(2, facets[1].Count);
        Assert.Equal(["Bretagne"], facets[2].Select(i => values[2][i]));
        Assert.Equal(["manuel"], facets[3].Select(i => values[3][i]));
        var library = documents.Single(d => d.GetProperty("r").GetString() == "EXP-001-1");
        Assert.Equal(["source externe"], library.GetProperty("f")[3].EnumerateArray().Select(i => values[3][i.GetInt32()]));
        var repere = documents.Single(d => d.GetProperty("r").GetString() == "I-B-1");
        Assert.Empty(repere.GetProperty("f")[2].EnumerateArray());
        // Sections take their fiche's values: only fiche records carry them.
        Assert.All(documents.Where(d => d.GetProperty("r").GetString()!.Contains('#', StringComparison.Ordinal)),
            d => Assert.False(d.TryGetProperty("f", out _)));
    }

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

    private static JsonElement Load(string script)
    {
        const string prefix = "window.classeurRecherche = ";
        return JsonDocument.Parse(script[prefix.Length..].TrimEnd().TrimEnd(';')).RootElement;
    }
}
