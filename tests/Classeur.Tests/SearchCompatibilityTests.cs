using System.Diagnostics;
using System.Text.Json;
using Classeur.Search;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// The search index Classeur builds in C# must be the one lunr.js would build: Node loads lunr.js and
/// lunr-languages from templates/node_modules, builds an index from the same documents with the same
/// French pipeline, and tests/search/lunr-compat.mjs compares the two (terms, postings, field vectors,
/// rounded scores) and the ranked results of real queries. The stemmer is compared over every word of the manual.
/// </summary>
[Collection(RealManualCollection.Name)]
public sealed class SearchCompatibilityTests(RealManualBuild build) : IDisposable
{
    private static readonly string Script = Path.Combine(RepositoryPaths.Root, "tests", "search", "lunr-compat.mjs");
    private readonly TempProject _work = new();

    public static readonly string[] Queries =
    [
        "coopération", "cooperation", "mutualiser", "l'insertion", "GTEC", "Jura", "d'activités", "territoire solidaire",
        "gouvernance", "emploi", "alliance", "qu'elle", "économie sociale et solidaire", "COORACE",
    ];

    [Fact]
    public void The_csharp_index_of_the_manual_equals_the_one_lunr_js_builds()
    {
        var documents = SearchDocuments.From(build.Manual, build.Config);
        Write("documents.json", new
        {
            fields = SearchDocuments.Fields.Select(f => new { name = f.Name, boost = f.Boost }),
            documents = documents.Select(d => new { @ref = d.Reference, values = d.Values }),
        });
        _work.WriteBytes("index.json", SearchIndexBuilder.IndexJson(documents));
        Write("queries.json", Queries);

        Node("index", "documents.json", "index.json", "queries.json");
    }

    [Fact]
    public void The_csharp_stemmer_gives_lunr_fr_stem_for_every_word_of_the_manual()
    {
        var words = SearchDocuments.From(build.Manual, build.Config)
            .SelectMany(d => d.Values).SelectMany(LunrTokenizer.Tokenize)
            .Select(t => FrenchPipeline.FoldAccents(FrenchPipeline.Elide(FrenchPipeline.Trim(t))))
            .Concat(["coopération", "mutualisées", "généralement", "associations", "insertion"]) // and a few with accents kept
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.True(words.Count > 3000, $"only {words.Count} distinct words");
        var pipeline = new FrenchPipeline();
        Write("words.json", words);
        Write("stems.json", words.Select(pipeline.Stem));

        Node("stems", "words.json", "stems.json");
    }

    private void Write(string name, object value) => _work.Write(name, JsonSerializer.Serialize(value));

    private void Node(params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Script);
        foreach (var argument in arguments) start.ArgumentList.Add(arguments[0] == argument ? argument : _work.PathOf(argument));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"lunr.js disagrees with the C# index:\n{error}\n{output.Result}");
    }

    public void Dispose() => _work.Dispose();
}
