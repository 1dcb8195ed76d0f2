using Classeur.Cli.Serve;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// Drafts as in Hugo: a plain `build` checks them but leaves them out of the site; `--brouillons`
/// publishes them, marked; the preview shows them, marked; `check --strict` lists them; a published
/// fiche may not cite one. What `new` writes is a draft: its placeholders are never published by mistake.
/// </summary>
public sealed class DraftTests
{
    [Fact]
    public void A_plain_build_leaves_a_new_fiche_out_of_the_site_and_says_so()
    {
        using var site = FixtureSite.Create();
        Assert.Equal(0, ClasseurCommand.Run("new", "experience", "Une plateforme mobilité", "--project", site.Root).ExitCode);

        var (code, output, error) = ClasseurCommand.Run("build", "--project", site.Root);

        Assert.True(code == 0, output + error);
        Assert.Matches(@"Site construit : 10 fiches, 1 brouillon non publié, 20 pages, 0 erreur, 0 avertissement, en \d+,\d\d s → _site/\n$", output);
        Assert.False(File.Exists(Path.Combine(site.Output, "fiches", "iii-3.html")));
        var published = string.Concat(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal)).Select(File.ReadAllText));
        Assert.DoesNotContain("Une plateforme mobilité", published, StringComparison.Ordinal);
        Assert.DoesNotContain("À compléter", published, StringComparison.Ordinal);
        Assert.DoesNotContain("iii-3.html", published, StringComparison.Ordinal);
    }

    [Fact]
    public void With_brouillons_the_draft_is_published_and_marked_in_the_sommaire_and_on_its_page()
    {
        using var site = FixtureSite.Create();
        ClasseurCommand.Run("new", "experience", "Une plateforme mobilité", "--project", site.Root);

        var (code, output, _) = ClasseurCommand.Run("build", "--brouillons", "--project", site.Root);

        Assert.True(code == 0, output);
        Assert.Contains("Site construit : 11 fiches (dont 1 brouillon), 21 pages", output, StringComparison.Ordinal);
        var page = File.ReadAllText(Path.Combine(site.Output, "fiches", "iii-3.html"));
        Assert.Contains("<strong>Brouillon.</strong> Cette fiche est en cours de rédaction", page, StringComparison.Ordinal);
        var sommaire = File.ReadAllText(Path.Combine(site.Output, "index.html"));
        Assert.Contains("<span class=\"etiquette\">brouillon</span>", sommaire, StringComparison.Ordinal);
        Assert.DoesNotContain("conversion", sommaire + page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_preview_shows_the_draft_marked()
    {
        using var project = FixtureSite.Create();
        ClasseurCommand.Run("new", "methode", "Le diagnostic partagé", "--project", project.Root);
        using var site = new PreviewSite(project.Root);

        var result = site.Rebuild();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(result.UnpublishedDrafts);
        var page = File.ReadAllText(Path.Combine(site.OutputDirectory, "fiches", "ii-2.html"));
        Assert.Contains("class=\"avis-brouillon\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_counts_the_drafts_and_strict_lists_each_one_without_failing()
    {
        using var site = FixtureSite.Create();
        ClasseurCommand.Run("new", "experience", "Une plateforme mobilité", "--project", site.Root);

        var plain = ClasseurCommand.Run("check", "--project", site.Root);
        Assert.Equal(0, plain.ExitCode);
        Assert.Matches(@"^Vérification terminée : 11 fiches \(dont 1 brouillon\), 0 erreur", plain.Output);

        var strict = ClasseurCommand.Run("check", "--strict", "--project", site.Root);
        Assert.Equal(0, strict.ExitCode);
        var lines = strict.Output.TrimEnd('\n').Split('\n');
        Assert.Equal("content/experiences/III-3-une-plateforme-mobilite.md : brouillon non publié par build : III-3 – Une plateforme mobilité "
            + "(retirez « status: brouillon » pour le publier)", lines[0]);
        Assert.StartsWith("Vérification terminée : 11 fiches (dont 1 brouillon)", lines[^1], StringComparison.Ordinal);

        var github = ClasseurCommand.Run("check", "--strict", "--format", "github", "--project", site.Root);
        Assert.StartsWith("::notice file=content/experiences/III-3-une-plateforme-mobilite.md,line=1,title=Brouillon::brouillon non publié", github.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_published_fiche_citing_a_draft_fails_a_plain_build_with_the_reason_and_passes_with_brouillons()
    {
        using var site = FixtureSite.Create();
        ClasseurCommand.Run("new", "experience", "Une plateforme mobilité", "--project", site.Root);
        var fiche = Directory.EnumerateFiles(site.PathOf("content/reperes"), "I-B-1-*.md").Single();
        File.AppendAllText(fiche, "\nVoir la plateforme [[III-3]].\n");

        var (code, output, _) = ClasseurCommand.Run("build", "--project", site.Root);

        Assert.Equal(1, code);
        Assert.Contains("error CLS0201: la fiche « III-3 » n'existe pas. C'est un brouillon (content/experiences/III-3-une-plateforme-mobilite.md) : "
            + "build ne publie pas les brouillons. Retirez « status: brouillon » de la fiche pour la publier, ou construisez avec --brouillons.", output, StringComparison.Ordinal);
        Assert.Equal(0, ClasseurCommand.Run("build", "--brouillons", "--project", site.Root).ExitCode);
        Assert.Equal(0, ClasseurCommand.Run("check", "--brouillons", "--project", site.Root).ExitCode);
        Assert.Equal(1, ClasseurCommand.Run("check", "--project", site.Root).ExitCode);
    }

    [Fact]
    public void A_draft_is_checked_like_any_fiche_even_when_it_is_not_published()
    {
        using var site = FixtureSite.Create();
        site.Write("content/experiences/III-3-essai.md", "---\nid: III-3\ntype: experience\ntitle: Essai\nstatus: brouillon\nsee_also: [I-Z-9]\n---\n\nTexte.\n");

        var (code, output, _) = ClasseurCommand.Run("build", "--project", site.Root);

        Assert.Equal(1, code);
        Assert.Contains("content/experiences/III-3-essai.md(6,", output, StringComparison.Ordinal);
        Assert.Contains("error CLS0201: la fiche « I-Z-9 » n'existe pas.", output, StringComparison.Ordinal);
    }
}
