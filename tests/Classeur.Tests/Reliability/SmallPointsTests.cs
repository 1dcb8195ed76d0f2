using Classeur.Build;
using Classeur.Diagnostics;
using Classeur.Tests.Support;

namespace Classeur.Tests.Reliability;

/// <summary>Issue 22, point 6: a tab placed where it is, an unclosed front matter named as such, lists that are texts, half an e-mail address.</summary>
public sealed class SmallPointsTests
{
    private const string Fiche = "content/reperes/I-C-2-a-cooperation.md";

    [Fact]
    public void A_tab_in_the_yaml_is_reported_on_its_own_line()
    {
        using var site = FixtureSite.Create();
        var text = site.Read(Fiche);
        site.Write(Fiche, text.Replace("    url: http://www.example.org/article", "\turl: http://www.example.org/article", StringComparison.Ordinal));
        var line = Array.FindIndex(site.Read(Fiche).Split('\n'), l => l.StartsWith('\t')) + 1;

        var diagnostic = Assert.Single(Check(site));
        Assert.Equal("CLS0102", diagnostic.Code);
        Assert.Equal(new SourceLocation(Fiche, line, 1), diagnostic.Location);
        Assert.Contains("tabulation", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_front_matter_never_closed_is_named_so()
    {
        using var site = FixtureSite.Create();
        site.Write("content/reperes/I-B-2-ouvert.md", "---\nid: I-B-2\ntype: repere\ntitle: Ouvert\n\n## Texte\n\nSans fin de front matter.\n");

        var diagnostic = Assert.Single(Check(site));
        Assert.Equal("CLS0112", diagnostic.Code);
        Assert.Contains("n'est jamais refermé", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keywords_written_as_a_text_are_a_warning_with_the_list_to_write()
    {
        using var site = FixtureSite.Create();
        var text = site.Read(Fiche);
        site.Write(Fiche, text.Replace("keywords: [cooperation, mutualisation]", "keywords: cooperation", StringComparison.Ordinal));

        var diagnostic = Assert.Single(Check(site));
        Assert.Equal("CLS0113", diagnostic.Code);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Contains("écrivez « keywords: [cooperation] »", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Half_an_email_address_is_refused_and_not_published()
    {
        using var site = FixtureSite.Create();
        site.Write("content/experiences/III-3-contact.md",
            "---\nid: III-3\ntype: experience\ntitle: Contact\norganisation: Essai\nterritory:\n  label: Vannes\n  departement: \"56\"\n  region: Bretagne\n"
            + "contacts:\n  - name: Jean Essai\n    email: jean@\n---\n\nTexte.\n");

        var result = SiteBuilder.Run(new BuildOptions(site.Root));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CLS0105", diagnostic.Code);
        Assert.Contains("« jean@ » n'est pas une adresse électronique complète", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(result.Written);
    }

    private static IReadOnlyList<Diagnostic> Check(TempProject site) =>
        SiteBuilder.Run(new BuildOptions(site.Root) { CheckOnly = true }).Diagnostics;
}
