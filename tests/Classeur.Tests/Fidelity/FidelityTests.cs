using AngleSharp.Html.Parser;
using Classeur.Build;
using Classeur.Tests.Support;

namespace Classeur.Tests.Fidelity;

/// <summary>
/// Every converted fiche (not a draft) keeps the printed text: at least 97 % of its seed span's
/// words, in order, are found in its rendered page. On failure the missing passages are listed.
/// </summary>
[Collection(RealManualCollection.Name)]
public sealed class FidelityTests(RealManualBuild build)
{
    private const double Threshold = 0.97;
    private const string SeedFile = "004_4922cc71ae09e95b.txt";

    public static TheoryData<string> ConvertedFiches()
    {
        var loaded = SiteBuilder.Load(new BuildOptions(RepositoryPaths.Root) { CheckOnly = true });
        var data = new TheoryData<string>();
        foreach (var fiche in loaded.Manual.Fiches.Where(f => !f.IsDraft && Spans().ContainsKey(f.Id.Value)))
            data.Add(fiche.Id.Value);
        return data;
    }

    [Theory]
    [MemberData(nameof(ConvertedFiches))]
    public void Converted_fiche_keeps_the_words_of_the_seed_in_order(string id)
    {
        var seedPath = RepositoryPaths.Source(SeedFile);
        var (first, last) = Spans()[id];
        var seed = SeedText.SeedWords(File.ReadLines(seedPath).Skip(first - 1).Take(last - first + 1));

        var page = build.Manual.Find(id)!.Url;
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(build.Output, page)));
        var main = document.QuerySelector("main")!;
        var hrefs = string.Join(" ", main.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")));
        var fiche = SeedText.Words(main.TextContent + " " + hrefs);

        var (matched, missing) = WordAlignment.Align(seed, fiche);
        var ratio = (double)matched / seed.Count;
        Assert.True(ratio >= Threshold,
            $"{id} : {ratio:P1} des mots de la source retrouvés dans l’ordre ({matched}/{seed.Count}), il en faut {Threshold:P0}. Passages manquants :\n"
            + string.Join("\n", missing));
    }

    private static Dictionary<string, (int First, int Last)> Spans() =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.TestProject, "Fidelity", "seed-spans.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' '))
            .ToDictionary(p => p[0], p => (int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(p[2], System.Globalization.CultureInfo.InvariantCulture)));
}
