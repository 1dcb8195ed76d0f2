using Classeur.Build;
using Classeur.Search;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>The search index in the built site: its files, its French terms, fiche ids, typo words, and the npm files it needs.</summary>
public sealed class SearchIndexTests
{
    [Fact]
    public void Writes_a_manifest_term_shards_result_texts_and_the_npm_files()
    {
        using var site = FixtureSite.Create();
        var result = SiteBuilder.Run(new BuildOptions(site.Root));
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));

        var manifest = SearchCheck.Data(site.Output, "index");
        var fiches = manifest.GetProperty("fiches").GetInt32();
        Assert.Equal(10, fiches);
        var keys = manifest.GetProperty("cles").EnumerateArray().Select(k => k.GetString()!).ToList();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        // Every shard names itself; a term is in the one shard whose key is its longest prefix among the keys.
        var terms = keys.SelectMany(k => SearchCheck.Data(site.Output, "t/" + SearchScript.KeyName(k)).EnumerateObject()
            .Select(t => (Key: k, Term: t.Name))).ToList();
        Assert.All(terms, t => Assert.Equal(t.Key, keys.Where(k => t.Term.StartsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length)));
        Assert.Contains(terms, t => t.Term == "cooper");
        // Fiche ids with a hyphen are terms of their own, which no word can be.
        Assert.Contains(terms, t => t.Term == "i-c-2-a");
        Assert.Contains(terms, t => t.Term == "exp-001-1");
        // Categories: the manual's fiches, the library's documents, the other pages.
        var categories = manifest.GetProperty("categories").EnumerateArray().Select(c => c.GetInt32()).ToList();
        Assert.Equal(0, categories[0]);
        Assert.Equal([0, 1, 2], categories.Where((_, i) => i % 2 == 1).Distinct().Order());
        // The texts of a result: the fiche's address, title and type, then its documents.
        var text = SearchCheck.Data(site.Output, "s/0-0");
        Assert.EndsWith(".html", text.GetProperty("m")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, text.GetProperty("d")[0].GetInt32());
        Assert.True(File.Exists(Path.Combine(site.Output, BrowserPackages.BundlePath)));
    }

    [Fact]
    public void The_same_manual_gives_byte_identical_search_files()
    {
        using var site = FixtureSite.Create();
        var loaded = SiteBuilder.Load(new BuildOptions(site.Root) { CheckOnly = true });

        var first = SearchIndexBuilder.Build(loaded.Manual, loaded.Config);
        var second = SearchIndexBuilder.Build(SiteBuilder.Load(new BuildOptions(site.Root) { CheckOnly = true }).Manual, loaded.Config);

        Assert.Equal(first.Keys, second.Keys);
        Assert.All(first, f => Assert.Equal(f.Value, second[f.Key]));
    }

    [Fact]
    public void Reading_the_manual_fiche_by_fiche_gives_the_files_of_its_documents_made_first()
    {
        // A build reads each fiche's texts and lets them go (SearchIndexBuilder.Build(manual)); the tests give the
        // index documents made beforehand: both must write the same bytes, the written build's included.
        var loaded = SiteBuilder.Load(new BuildOptions(RepositoryPaths.Root) { CheckOnly = true });
        var read = SearchIndexBuilder.Build(loaded.Manual, loaded.Config);
        var made = SearchIndexBuilder.Build(SearchDocuments.From(loaded.Manual, loaded.Config), loaded.Manual, SearchFacets.Compute(loaded.Manual, loaded.Config));
        var streamed = new System.Collections.Concurrent.ConcurrentDictionary<string, byte[]>(StringComparer.Ordinal);
        SearchIndexBuilder.Write(loaded.Manual, loaded.Config, (path, bytes) => Assert.True(streamed.TryAdd(path, bytes.ToArray()), path));

        Assert.Contains(read.Keys, k => k.StartsWith("assets/recherche/s/", StringComparison.Ordinal));
        Assert.Equal(made.Keys, read.Keys);
        Assert.All(made, f => Assert.Equal(f.Value, read[f.Key]));
        Assert.Equal(read.Keys, streamed.Keys.Order(StringComparer.Ordinal));
        Assert.All(read, f => Assert.Equal(f.Value, streamed[f.Key]));
    }

    [Fact]
    public void Lists_the_words_a_typo_is_corrected_to_by_their_first_two_letters()
    {
        using var site = FixtureSite.Create();
        Assert.True(SiteBuilder.Run(new BuildOptions(site.Root)).Written);

        var words = SearchCheck.Data(site.Output, "v/kco").EnumerateArray().Select(w => w.GetString()!).ToList();
        var pairs = words.Chunk(2).ToDictionary(p => p[0], p => p[1]);
        Assert.Equal("cooper", pairs["coopération"]);
        Assert.DoesNotContain("cooperation", pairs.Keys); // the accented spelling is the one shown
        Assert.All(pairs.Keys, w => Assert.True(FrenchPipeline.FoldAccents(w).Length >= TypoVocabulary.ShortestWord, w));
        Assert.Contains("co", SearchCheck.Data(site.Output, "index").GetProperty("vocabulaire").EnumerateArray().Select(k => k.GetString()));
    }

    [Theory]
    [InlineData("l'insertion", "insert")]
    [InlineData("d’activités", "activit")]
    [InlineData("Coopération", "cooper")]
    [InlineData("«coopérations»", "cooper")]
    [InlineData("aujourd'hui", "aujourd'hui")]
    [InlineData("GES", "ges")]
    [InlineData("GE", "ge")]
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
}
