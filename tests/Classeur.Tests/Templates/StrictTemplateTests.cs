using Classeur.Build;
using Classeur.Tests.Support;

namespace Classeur.Tests.Templates;

/// <summary>
/// The site's templates are strict: a name a template reads that its typed model lacks fails the build
/// with CLS0302 at the template's own file, line and column, with the nearest name the model has; each
/// faulty name is reported once however many pages use it, and the previous site is kept.
/// </summary>
public sealed class StrictTemplateTests
{
    [Fact]
    public void A_misspelt_name_in_a_partial_fails_the_build_where_it_is_written()
    {
        using var site = FixtureSite.Create();
        Misspell(site, "templates/partials/entete-fiche.hbs", "{{fiche.title}}", "{{fiche.titel}}");
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, ".classeur-site"), "");
        File.WriteAllText(Path.Combine(site.Output, "index.html"), "le site précédent");

        var result = SiteBuilder.Run(new BuildOptions(site.Root));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CLS0302", diagnostic.Code);
        Assert.Equal("templates/partials/entete-fiche.hbs", diagnostic.Location.Path);
        var (line, column) = Position(site.Read("templates/partials/entete-fiche.hbs"), "fiche.titel");
        Assert.Equal((line, column), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("« titel »", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Vouliez-vous dire « title » ?", diagnostic.Message, StringComparison.Ordinal);
        Assert.False(result.Written);
        Assert.Equal("le site précédent", File.ReadAllText(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public void A_misspelt_name_in_a_page_template_names_the_page_model()
    {
        using var site = FixtureSite.Create();
        Misspell(site, "templates/layout.hbs", "{{page_title}}", "{{page_titel}}");

        var diagnostic = Assert.Single(SiteBuilder.Run(new BuildOptions(site.Root)).Diagnostics);

        Assert.Equal("CLS0302", diagnostic.Code);
        Assert.Equal("templates/layout.hbs", diagnostic.Location.Path);
        Assert.True(diagnostic.Location.Line > 0);
        Assert.Contains("Vouliez-vous dire « page_title » ?", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("edition_line", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_label_says_where_labels_come_from()
    {
        using var site = FixtureSite.Create();
        Misspell(site, "templates/home.hbs", "{{labels.sommaire}}", "{{labels.somaire}}");

        var diagnostic = Assert.Single(SiteBuilder.Run(new BuildOptions(site.Root)).Diagnostics);

        Assert.Equal("templates/home.hbs", diagnostic.Location.Path);
        Assert.Contains("aucun libellé « somaire »", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("site.yml", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("« sommaire »", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_label_added_in_site_yml_may_be_read_by_a_template()
    {
        using var site = FixtureSite.Create();
        site.Write("site.yml", site.Read("site.yml") + "\nlabels:\n  ma_mention: Mention propre au réseau\n");
        Misspell(site, "templates/home.hbs", "{{labels.sommaire}}", "{{labels.ma_mention}}");

        var result = SiteBuilder.Run(new BuildOptions(site.Root));

        Assert.Empty(result.Diagnostics);
        Assert.Contains("Mention propre au réseau", File.ReadAllText(Path.Combine(site.Output, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_partial_is_located_and_the_nearest_partial_suggested()
    {
        using var site = FixtureSite.Create();
        Misspell(site, "templates/repere.hbs", "{{> fil-ariane}}", "{{> fil-arianne}}");

        var diagnostic = Assert.Single(SiteBuilder.Run(new BuildOptions(site.Root)).Diagnostics);

        Assert.Equal("CLS0302", diagnostic.Code);
        Assert.Equal("templates/repere.hbs", diagnostic.Location.Path);
        Assert.Equal(Position(site.Read("templates/repere.hbs"), "fil-arianne"), (diagnostic.Location.Line, diagnostic.Location.Column));
        Assert.Contains("le partiel « fil-arianne » est introuvable", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("Vouliez-vous dire « fil-ariane » ?", diagnostic.Message, StringComparison.Ordinal);
    }

    private static void Misspell(TempProject site, string template, string name, string misspelt)
    {
        var text = site.Read(template);
        Assert.Contains(name, text, StringComparison.Ordinal);
        site.Write(template, text.Replace(name, misspelt, StringComparison.Ordinal));
    }

    private static (int Line, int Column) Position(string text, string wanted)
    {
        var offset = text.IndexOf(wanted, StringComparison.Ordinal);
        var line = 1 + text[..offset].Count(c => c == '\n');
        return (line, offset - text.LastIndexOf('\n', offset - 1));
    }
}
