using Classeur.Cli;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// Every command ends with a French line that says what it did; a build says which stage it is at;
/// the first build says that it installs the site's npm packages, and in French when it cannot.
/// </summary>
public sealed class ClosingLineTests
{
    [Theory]
    [InlineData("Site construit : 10 fiches, 20 pages, 0 erreur, 0 avertissement, en ", false, "build")]
    [InlineData("Vérification terminée : 10 fiches, 0 erreur, 0 avertissement, en ", false, "check")]
    [InlineData("Vérification terminée : 10 fiches, 0 erreur, 0 avertissement, en ", true, "check", "--format", "json")]
    [InlineData("Rapport terminé : 10 fiches, ", false, "report")]
    [InlineData("Rapport terminé : 10 fiches, ", true, "report", "--format", "json")]
    [InlineData("Schémas écrits : schemas/ (6 types de fiche) et frontmatter.json, à partir de 10 fiches", false, "schema")]
    [InlineData("Fiche créée : content/experiences/III-3-essai.md (III-3, en brouillon).", false, "new", "experience", "Essai")]
    public void Every_command_ends_with_a_french_closing_line(string closing, bool onStandardError, params string[] args)
    {
        using var site = FixtureSite.Create();

        var (code, output, error) = ClasseurCommand.Run([.. args, "--project", site.Root]);

        Assert.True(code == 0, output + error);
        var last = (onStandardError ? error : output).TrimEnd('\n').Split('\n')[^1];
        Assert.StartsWith(closing, last, StringComparison.Ordinal);
    }

    [Fact]
    public void A_build_tells_each_stage_on_standard_error_as_it_ends()
    {
        using var site = FixtureSite.Create();

        var (_, output, error) = ClasseurCommand.Run("build", "--project", site.Root);

        // A small manual's index is built beside its pages (« en parallèle »), a large one's before them; the
        // collector's cost ends the line.
        Assert.Matches(@"^Étapes : lecture \d+,\d\d s · analyse \d+,\d\d s · (?=.* · rendu \d+,\d\d s · )(?=.* · recherche (?:\(en parallèle\) )?\d+,\d\d s · ).* · écriture \d+,\d\d s · ramasse-miettes (?:serveur )?\d+,\d\d s \(\d+ passages?, \d+ Mio alloués\)\n$", error);
        Assert.DoesNotContain("Étapes", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_npm_the_first_build_says_in_french_what_to_install()
    {
        using var project = new TempProject().Write("templates/package-lock.json", "{}");
        using var progress = new StringWriter();

        var installed = BrowserPackagesInstaller.EnsureInstalled(project.PathOf("templates"), "templates", progress, npm: "npm-absent-de-cette-machine");

        Assert.False(installed);
        Assert.StartsWith("Première construction : installation des paquets du site dans templates/node_modules avec « npm ci »", progress.ToString(), StringComparison.Ordinal);
        Assert.Contains("classeur : Node.js est introuvable", progress.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    [Trait("Category", "Lent")]
    public void The_first_build_of_a_fresh_clone_installs_the_npm_packages_and_says_so()
    {
        using var site = FixtureSite.Create();
        Directory.Delete(site.PathOf("templates/node_modules"), recursive: true);

        var (code, output, error) = ClasseurCommand.Run("build", "--project", site.Root);

        Assert.True(code == 0, output + error);
        var lines = error.Split('\n');
        Assert.StartsWith("Première construction : installation des paquets du site dans templates/node_modules avec « npm ci » (lunr.js", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^Paquets du site installés en \d+,\d\d s\.$", lines[1]);
        Assert.StartsWith("Étapes : lecture", lines[2], StringComparison.Ordinal);
        Assert.All(BrowserPackagesInstaller.NeededFiles, f => Assert.True(File.Exists(site.PathOf("templates/node_modules/" + f)), f));
        Assert.True(File.Exists(Path.Combine(site.Output, Classeur.Search.BrowserPackages.BundlePath)));

        // Installed once: the next build says nothing about packages.
        Assert.DoesNotContain("Première construction", ClasseurCommand.Run("build", "--project", site.Root).Error, StringComparison.Ordinal);
    }
}
