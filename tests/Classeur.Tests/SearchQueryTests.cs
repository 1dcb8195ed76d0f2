using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// Search quality on the real manual: every query of tests/search/requetes.json (typed as practitioners
/// would: accents or not, plurals, places, organisations, several words, fiche numbers, typos) has its
/// expected page among the first three results of the browser's engine, reading the built site's files.
/// The search benchmark runs the same set against Pagefind.
/// </summary>
[Collection(RealManualCollection.Name)]
public sealed class SearchQueryTests(RealManualBuild build)
{
    [Fact]
    public void Every_query_of_the_set_finds_its_page_in_the_first_three_results()
    {
        var queries = Path.Combine(RepositoryPaths.Root, "tests", "search", "requetes.json");
        var output = SearchCheck.Run("requetes", build.Output, queries);
        Assert.Matches(@"(\d+)/\1 queries find their page", output);
    }
}
