using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Classeur.Tests.Support;

namespace Classeur.Tests.Fidelity;

/// <summary>
/// The index « Quelques mots clefs » as printed (Sources/index-imprime.md, from the design outline): the
/// 53 keywords, each with exactly the fiches the print gives, in the manual's order — both in the
/// fiches' `keywords` and on the generated index page.
/// </summary>
[Collection(RealManualCollection.Name)]
public sealed partial class KeywordIndexTests(RealManualBuild build)
{
    /// <summary>The two typos of the printed index, corrected in mots-cles.yml.</summary>
    private static readonly (string Printed, string Corrected)[] Corrections = [("démaches", "démarches"), ("(des salaries)", "(des salariés)")];

    private static List<(string Label, List<string> Fiches)> PrintedIndex()
    {
        var outline = RepositoryPaths.Source("index-imprime.md");
        var lines = File.ReadAllLines(outline);
        var start = Array.FindIndex(lines, l => l.StartsWith("## The index", StringComparison.Ordinal));
        return lines.Skip(start + 1)
            .Select(l => IndexLine().Match(l))
            .Where(m => m.Success)
            .Select(m => (Correct(m.Groups[1].Value), m.Groups[2].Value.Split(", ").Select(s => s.Trim()).ToList()))
            .ToList();
    }

    private static string Correct(string label) =>
        Corrections.Aggregate(label, (text, c) => text.Replace(c.Printed, c.Corrected, StringComparison.Ordinal));

    [Fact]
    public void The_vocabulary_is_the_printed_index_in_printed_order()
    {
        var printed = PrintedIndex();
        Assert.Equal(53, printed.Count);
        Assert.Equal(printed.Select(p => p.Label), build.Manual.Keywords.Select(k => k.Display));
    }

    [Fact]
    public void Every_keyword_leads_to_exactly_the_fiches_of_the_printed_index_in_manual_order()
    {
        var printed = PrintedIndex();
        var differences = new List<string>();
        for (var i = 0; i < printed.Count; i++)
        {
            var keyword = build.Manual.Keywords[i];
            var actual = build.Manual.WithKeyword(keyword.Id).Select(f => f.Id.Value).ToList();
            if (!actual.SequenceEqual(printed[i].Fiches))
                differences.Add($"{keyword.Id} : imprimé [{string.Join(", ", printed[i].Fiches)}], fiches [{string.Join(", ", actual)}]");
        }
        Assert.Empty(differences);
    }

    [Fact]
    public void The_index_page_lists_each_keyword_with_links_to_its_fiches()
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(build.Output, "pages", "index.html")));
        var entries = document.QuerySelectorAll(".index-mots-cles > ul > li");
        var printed = PrintedIndex();
        Assert.Equal(printed.Count, entries.Length);
        for (var i = 0; i < printed.Count; i++)
        {
            Assert.Equal(printed[i].Label, entries[i].QuerySelector(".mot-cle")!.TextContent);
            var links = entries[i].QuerySelectorAll(".index-fiches a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Equal(printed[i].Fiches.Select(id => "../" + build.Manual.Find(id)!.Url), links);
        }
    }

    [GeneratedRegex(@"^- (.+) : ((?:[A-Za-z0-9-]+)(?:, [A-Za-z0-9-]+)*)\s*$")]
    private static partial Regex IndexLine();
}
