using System.Text.Json;
using Classeur.Build;
using Classeur.Search;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>The search index in the built site: its documents, its French terms, and the npm files it needs.</summary>
public sealed class SearchIndexTests
{
    [Fact]
    public void Writes_one_document_per_fiche_and_per_section_with_the_lunr_index()
    {
        using var site = FixtureSite.Create();
        var result = SiteBuilder.Run(new BuildOptions(site.Root));
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));

        var data = Load(site.Read("_site/" + SearchIndexBuilder.OutputPath));
        var index = data.GetProperty("index");
        Assert.Equal("2.3.9", index.GetProperty("version").GetString());
        Assert.Equal(["trimmer-fr", "elision-fr", "accentFold-fr", "stemmer-fr"], index.GetProperty("pipeline").EnumerateArray().Select(e => e.GetString()));
        var references = data.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("r").GetString()!).ToList();
        Assert.Contains(references, r => !r.Contains('#', StringComparison.Ordinal));
        Assert.Contains(references, r => r.Contains('#', StringComparison.Ordinal));
        foreach (var file in BrowserPackages.Files) Assert.True(File.Exists(Path.Combine(site.Output, file.Target)), file.Target);
    }

    [Theory]
    [InlineData("l'insertion", "insert")]
    [InlineData("d’activités", "activit")]
    [InlineData("Coopération", "cooper")]
    [InlineData("«coopérations»", "cooper")]
    [InlineData("aujourd'hui", "aujourd'hui")]
    public void Indexes_french_words_without_elision_accents_or_endings(string word, string term)
    {
        var terms = new FrenchPipeline().Run(LunrTokenizer.Tokenize(word));
        Assert.Equal([term], terms);
    }

    [Fact]
    public void Drops_french_stop_words_from_the_index()
    {
        Assert.Equal(["cooper", "territoir"], new FrenchPipeline().Run(LunrTokenizer.Tokenize("la coopération sur les territoires")));
    }

    [Fact]
    public void Reports_missing_npm_packages_and_writes_nothing()
    {
        using var site = FixtureSite.Create();
        Directory.Delete(site.PathOf("templates/node_modules"), recursive: true);

        var result = SiteBuilder.Run(new BuildOptions(site.Root));

        // One line per missing package: the search's and the territories map's.
        Assert.Equal(2, result.Diagnostics.Count);
        Assert.All(result.Diagnostics, d => Assert.Equal("CLS0310", d.Code));
        Assert.All(result.Diagnostics, d => Assert.Contains("npm ci --prefix templates", d.Message, StringComparison.Ordinal));
        Assert.False(result.Written);
        Assert.False(Directory.Exists(site.Output));
    }

    private static JsonElement Load(string script)
    {
        const string prefix = "window.classeurRecherche = ";
        Assert.StartsWith(prefix, script, StringComparison.Ordinal);
        return JsonDocument.Parse(script[prefix.Length..].TrimEnd().TrimEnd(';')).RootElement;
    }
}
