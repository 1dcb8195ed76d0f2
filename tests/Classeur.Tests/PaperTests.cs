using System.Text.RegularExpressions;
using Classeur.Print;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// The printed fiche without a browser: what templates/impression/fiche.hbs and PaperHtml make of the
/// real manual (the 2010 fiche's content, none of the web's navigation, no web leftovers), and French spacing.
/// </summary>
public sealed partial class PaperTests
{
    private static readonly Lazy<(PaperFiches Paper, Classeur.Model.Manual Manual)> Real = new(() =>
    {
        var loaded = Classeur.Build.SiteBuilder.Load(new Classeur.Build.BuildOptions(RepositoryPaths.Root) { CheckOnly = true });
        return (Classeur.Build.PaperTexts.For(loaded)!, loaded.Manual);
    });

    [Theory]
    [InlineData("De quoi s’agit-il ?", "De quoi s’agit-il\u202F?")]
    [InlineData("DE QUOI S’AGIT-IL?", "DE QUOI S’AGIT-IL\u202F?")]
    [InlineData("le fait de « faire avec » est", "le fait de «\u202Ffaire avec\u202F» est")]
    [InlineData("par ordre croissant :", "par ordre croissant\u00A0:")]
    [InlineData("déjà en mouvement !", "déjà en mouvement\u202F!")]
    [InlineData("un ; deux", "un\u202F; deux")]
    [InlineData("à 14:30 sur http://www.coorace.org/?id=3", "à 14:30 sur http://www.coorace.org/?id=3")]
    [InlineData("Quoi ?! Non", "Quoi\u202F?! Non")]
    public void French_spaces_come_from_the_content_punctuation(string text, string printed) =>
        Assert.Equal(printed, FrenchSpacing.Apply(text));

    [Fact]
    public void A_printed_fiche_holds_what_the_2010_fiche_held_and_none_of_the_web_navigation()
    {
        var (paper, manual) = Real.Value;
        foreach (var id in new[] { "I-C-2-a", "II-3", "III-14" })
        {
            var html = paper.Article(manual.Find(id)!, _ => null);
            Assert.Contains($"Fiche {id} · ", html, StringComparison.Ordinal);
            foreach (var web in new[] { "Cité par", "Expériences proches", "dimension en commun", "dimensions en commun", "Voir aussi", "Ressources liées", "tirées de sources externes", "EXP-0", "fil-ariane", "graphe" })
                Assert.DoesNotContain(web, html, StringComparison.Ordinal);
        }
        var experience = paper.Article(manual.Find("III-14")!, _ => null);
        Assert.Contains("Pour en savoir plus / pour un échange de pratique", experience, StringComparison.Ordinal);
        Assert.Contains("Cette fiche illustre plus particulièrement les dimensions suivantes", experience, StringComparison.Ordinal);
        Assert.Contains("Pour aller plus loin", paper.Article(manual.Find("I-C-2-a")!, _ => null), StringComparison.Ordinal);
    }

    [Fact]
    public void No_web_leftover_reaches_paper_in_the_whole_manual()
    {
        var (paper, manual) = Real.Value;
        foreach (var fiche in manual.Fiches.Where(f => !Classeur.Model.FicheTypes.IsLibrary(f.Type)))
        {
            var text = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(paper.Article(fiche, _ => null)).Body!.TextContent;
            Assert.DoesNotContain("↩", text, StringComparison.Ordinal);
            Assert.False(DoubledExpansion().IsMatch(text), $"{fiche.Id}: {DoubledExpansion().Match(text).Value}");
            Assert.False(AddressTwice().IsMatch(text), $"{fiche.Id}: {AddressTwice().Match(text).Value}");
            Assert.False(SpaceBeforeMark().IsMatch(text), $"{fiche.Id}: « {SpaceBeforeMark().Match(text).Value} »");
        }
    }

    [Fact]
    public void The_print_looks_only_for_npm_files_that_its_stylesheet_and_scripts_name()
    {
        var css = File.ReadAllText(Path.Combine(RepositoryPaths.Templates, "impression", "impression.css"));
        var fonts = Regex.Matches(css, @"url\(""\.\./node_modules/([^""]+)""\)").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
        Assert.Equal(fonts, PrintFiles.NodeModules.Where(f => f.EndsWith(".woff2", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    /// <summary>« (IAE (Insertion … )) »: an expansion printed inside the parentheses that already hold it.</summary>
    [GeneratedRegex(@"\(\p{Lu}{2,}\s*\([^()]+\)\)")]
    private static partial Regex DoubledExpansion();

    /// <summary>« www.coorace.org (http://www.coorace.org/) » or « www.x.org (www.x.org) ».</summary>
    [GeneratedRegex(@"(?:https?://)?(www\.[\w.-]+\.\w+)/? \((?:https?://)?\1/?\)")]
    private static partial Regex AddressTwice();

    /// <summary>An ordinary space before « ; : ! ? » or » (French typography puts a no-break one there).</summary>
    [GeneratedRegex(@"\w[ \n][;:!?»]")]
    private static partial Regex SpaceBeforeMark();
}
