using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>`classeur new`: a draft fiche with the next free id that `check` accepts as it is.</summary>
public sealed class NewFicheTests
{
    [Theory]
    [InlineData("experience", "content/experiences/III-3-une-plateforme-mobilite-a-dole.md", "III-3")]
    [InlineData("methode", "content/methodes/II-2-le-diagnostic-partage.md", "II-2")]
    [InlineData("repere", "content/reperes/I-C-2-b-la-mutualisation-d-emplois.md", "I-C-2-b")]
    public void New_writes_the_next_free_id_with_its_skeleton_and_check_accepts_it(string type, string expectedPath, string expectedId)
    {
        using var site = FixtureSite.Create();
        var title = type switch
        {
            "experience" => "Une plateforme mobilité à Dole : l’essaimage",
            "methode" => "Le diagnostic partagé",
            _ => "La mutualisation d’emplois",
        };

        var (code, output, error) = ClasseurCommand.Run("new", type, title, "--project", site.Root);

        Assert.True(code == 0, error);
        Assert.Contains($"Fiche créée : {expectedPath} ({expectedId}, en brouillon)", output, StringComparison.Ordinal);
        var text = site.Read(expectedPath);
        Assert.Contains($"id: {expectedId}\ntype: {type}\n", text, StringComparison.Ordinal);
        Assert.Contains("status: brouillon", text, StringComparison.Ordinal);
        Assert.Contains("## En bref", text, StringComparison.Ordinal);
        Assert.Contains("<!-- ", text, StringComparison.Ordinal);

        var check = ClasseurCommand.Run("check", "--strict", "--project", site.Root);
        Assert.True(check.ExitCode == 0, check.Output);
        Assert.Contains("11 fiches (dont 1 brouillon)", check.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_fiche_builds_and_its_title_is_kept_exactly()
    {
        using var site = FixtureSite.Create();
        Assert.Equal(0, ClasseurCommand.Run("new", "experience", "« Guillemets » : \"et\" # dièse", "--project", site.Root).ExitCode);
        // A draft: published with --brouillons only.
        var (code, output, _) = ClasseurCommand.Run("build", "--brouillons", "--project", site.Root);
        Assert.True(code == 0, output);
        var page = File.ReadAllText(Path.Combine(site.Output, "fiches", "iii-3.html"));
        Assert.Contains("« Guillemets » : &quot;et&quot; # dièse", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Successive_news_take_successive_ids_and_a_repere_section_can_be_chosen()
    {
        using var site = FixtureSite.Create();
        ClasseurCommand.Run("new", "experience", "Première", "--project", site.Root);
        ClasseurCommand.Run("new", "experience", "Seconde", "--project", site.Root);
        var (_, output, _) = ClasseurCommand.Run("new", "repere", "Ancrage bis", "--section", "B", "--project", site.Root);
        Assert.True(File.Exists(site.PathOf("content/experiences/III-3-premiere.md")));
        Assert.True(File.Exists(site.PathOf("content/experiences/III-4-seconde.md")));
        Assert.Contains("content/reperes/I-B-2-ancrage-bis.md (I-B-2", output, StringComparison.Ordinal);
        Assert.Equal(0, ClasseurCommand.Run("check", "--project", site.Root).ExitCode);
    }

    [Fact]
    public void New_refuses_to_overwrite_a_file_and_to_reuse_an_id()
    {
        using var site = FixtureSite.Create();
        site.Write("content/experiences/III-3-premiere.md", "notes en cours\n");

        var (code, _, error) = ClasseurCommand.Run("new", "experience", "Première", "--project", site.Root);
        Assert.Equal(1, code);
        Assert.Contains("existe déjà : il n'est pas remplacé", error, StringComparison.Ordinal);
        Assert.Equal("notes en cours\n", site.Read("content/experiences/III-3-premiere.md"));

        var reuse = ClasseurCommand.Run("new", "experience", "Autre", "--id", "III-1", "--project", site.Root);
        Assert.Equal(1, reuse.ExitCode);
        Assert.Contains("l'identifiant « III-1 » est déjà utilisé", reuse.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_ids_of_the_real_manual_follow_the_last_printed_ones()
    {
        var used = Classeur.Authoring.FicheIds.Used(RepositoryPaths.Content);
        Assert.Equal(45, used.Count(id => Classeur.Model.FicheId.TryParse(id) is { } parsed && !Classeur.Model.FicheTypes.IsLibrary(parsed.Type)));
        Assert.Equal("III-21", Classeur.Authoring.FicheIds.Next(Classeur.Model.FicheType.Experience, null, used));
        Assert.Equal("II-5", Classeur.Authoring.FicheIds.Next(Classeur.Model.FicheType.Methode, null, used));
        Assert.Equal("I-C-2-i", Classeur.Authoring.FicheIds.Next(Classeur.Model.FicheType.Repere, "C-2", used));
        Assert.Equal("I-B-5", Classeur.Authoring.FicheIds.Next(Classeur.Model.FicheType.Repere, "B", used));
        Assert.Equal("I-A-3", Classeur.Authoring.FicheIds.Next(Classeur.Model.FicheType.Repere, "A", used));
    }

    [Fact]
    public void New_rejects_an_unknown_type_as_bad_usage()
    {
        using var site = FixtureSite.Create();
        var (code, _, error) = ClasseurCommand.Run("new", "recette", "Titre", "--project", site.Root);
        Assert.Equal(2, code);
        Assert.Contains("classeur :", error, StringComparison.Ordinal);
    }
}
