using System.Text.Json;
using Classeur.Search;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// The search Classeur builds in C# must be read in the browser exactly as it was meant: the weights
/// are lunr.js's own BM25 scores (lunr.js builds its index of the same documents, in Node); the
/// browser's French pipeline gives every word of the manual the C# term, and lunr.fr's stemmer the C#
/// stem; and the browser's engine (recherche-moteur.js), reading the built site's files, finds every
/// term with exactly its fiches, sections, weights and counts — on the real manual, and on a site cut
/// into tiny shards and tiers, so that splits, prefix summaries and tails are read too.
/// </summary>
[Collection(RealManualCollection.Name)]
public sealed class SearchCompatibilityTests(RealManualBuild build) : IDisposable
{
    private readonly TempProject _work = new();

    [Fact]
    public void The_weights_of_the_index_are_the_scores_lunr_js_gives_the_same_documents()
    {
        var documents = SearchDocuments.From(build.Manual, build.Config);
        Write("documents.json", new
        {
            fields = SearchDocuments.Fields.Select(f => new { name = f.Name, boost = f.Boost }),
            documents = documents.Select(d => new { @ref = d.Reference, values = d.Values }),
        });
        Write("weights.json", Bm25Weights.Compute(documents, SearchDocuments.Fields, keepExact: true).Exact);

        var output = SearchCheck.Run("weights", _work.PathOf("documents.json"), _work.PathOf("weights.json"));
        Assert.Contains("identical", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_browser_gives_every_word_of_the_manual_the_csharp_term_and_stem()
    {
        var words = SearchDocuments.From(build.Manual, build.Config)
            .SelectMany(d => d.Values).SelectMany(LunrTokenizer.Tokenize)
            .Concat(["GES", "GE", "l'insertion", "«coopérations»", "qu’elle", "ans", "mutualisées"])
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.True(words.Count > 3000, $"only {words.Count} distinct words");
        var pipeline = new FrenchPipeline();
        Write("words.json", words);
        Write("terms.json", words.Select(w => pipeline.RunText(w).SingleOrDefault()));
        SearchCheck.Run("terms", _work.PathOf("words.json"), _work.PathOf("terms.json"));

        var folded = words.Select(t => FrenchPipeline.FoldAccents(FrenchPipeline.Elide(FrenchPipeline.Trim(t))))
            .Concat(["coopération", "mutualisées", "généralement"]).Distinct(StringComparer.Ordinal).ToList();
        Write("folded.json", folded);
        Write("stems.json", folded.Select(pipeline.Stem));
        SearchCheck.Run("stems", _work.PathOf("folded.json"), _work.PathOf("stems.json"));
    }

    [Fact]
    public void The_browser_engine_reads_every_term_of_the_real_manual_as_built()
    {
        Write("reference.json", Reference(SearchDocuments.From(build.Manual, build.Config), SearchLimits.Default));

        var output = SearchCheck.Run("index", build.Output, _work.PathOf("reference.json"));
        Assert.Contains("identical", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_browser_engine_reads_split_shards_prefix_summaries_and_tails()
    {
        // Tiny limits: a term's best 2 fiches in its shard, tails of 3, shards split above 600 bytes.
        var limits = new SearchLimits(Top: 2, Tail: 3, Shard: 600);
        var documents = SearchDocuments.From(build.Manual, build.Config);
        var files = SearchIndexBuilder.Build(documents, build.Manual, SearchFacets.Compute(build.Manual, build.Config), limits);
        foreach (var (path, bytes) in files) _work.WriteBytes("site/" + path, bytes);
        Assert.Contains(files.Keys, k => k.StartsWith("assets/recherche/q/", StringComparison.Ordinal));
        Assert.Contains(files.Keys, k => k.StartsWith("assets/recherche/p/", StringComparison.Ordinal));
        Write("reference.json", Reference(documents, limits));

        var output = SearchCheck.Run("index", _work.PathOf("site"), _work.PathOf("reference.json"));
        Assert.Contains("identical", output, StringComparison.Ordinal);
    }

    /// <summary>Every term of the C# index, fiche ids included: its counts per category and all its fiches, every tier.</summary>
    private static Dictionary<string, object> Reference(IReadOnlyList<SearchDocument> documents, SearchLimits limits) =>
        SearchIndexBuilder.Analyse(documents, limits).Terms.ToDictionary(t => t.Term, t => (object)new
        {
            counts = t.Counts,
            hits = t.Top.Concat(t.Tails.SelectMany(h => h)).Select(h => new { fiche = h.Fiche, whole = h.Whole, sections = h.Sections.Select(s => new[] { s.Section, s.Weight }) }),
        }, StringComparer.Ordinal);

    private void Write(string name, object value) => _work.Write(name, JsonSerializer.Serialize(value));

    public void Dispose() => _work.Dispose();
}
