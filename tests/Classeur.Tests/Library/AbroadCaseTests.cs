using AngleSharp.Html.Parser;
using Classeur.Build;
using Classeur.Tests.Support;

namespace Classeur.Tests.Library;

/// <summary>
/// A case abroad (`departement: "99"`, INSEE's code for « étranger »): listed last on the territories
/// page under « Hors de France », named « Étranger (99) », never under « Région non indiquée » and never
/// said to be a French département missing from the map.
/// </summary>
public sealed class AbroadCaseTests : IDisposable
{
    private readonly TempProject _site = FixtureSite.Create();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_case_abroad_comes_last_under_its_own_heading()
    {
        var file = _site.PathOf("content/experiences-externes/EXP-001-3-cooperative.md");
        var text = File.ReadAllText(file)
            .Replace("departement: non-precise", "departement: \"99\"", StringComparison.Ordinal)
            .Replace("  region: Bretagne\n", "", StringComparison.Ordinal);
        File.WriteAllText(file, text);

        var result = SiteBuilder.Run(new BuildOptions(_site.Root));
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_site.Output, "territoires.html")));
        var list = page.QuerySelector("section.liste-territoires")!;
        Assert.Equal("Hors de France", list.QuerySelectorAll("h3").Last().TextContent);
        Assert.DoesNotContain(list.QuerySelectorAll("h3"), h => h.TextContent == "Région non indiquée");
        var heading = list.QuerySelector("#departement-99")!;
        Assert.Equal("Étranger (99) · 1 expérience", heading.TextContent);
        var note = heading.NextElementSibling!;
        Assert.Equal("Ces expériences ont eu lieu hors de France : elles ne sont pas sur la carte.", note.TextContent);
        Assert.DoesNotContain(list.QuerySelectorAll(".hors-carte"), p => p.TextContent.Contains("France métropolitaine", StringComparison.Ordinal));
        Assert.Null(page.QuerySelector("svg.carte-france a[href='#departement-99']"));
        Assert.Null(page.QuerySelector(".lieu-non-precise"));
    }
}
