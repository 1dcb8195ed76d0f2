using Classeur.Tests.Support;

namespace Classeur.Tests.Reliability;

/// <summary>
/// Issue 22, point 3: the output folder is replaced only when it is absent, empty, or written by
/// Classeur (the marker it leaves, or the look of a site built before the marker existed). Anything
/// else is refused with a French message, unless --ecraser is given.
/// </summary>
public sealed class OutputFolderTests
{
    [Fact]
    public void A_folder_with_files_of_its_own_is_refused_and_left_intact()
    {
        using var site = FixtureSite.Create();
        site.Write("docs/CNAME", "manuel.example.org").Write("docs/notes.md", "Mes notes.");

        var (code, output, _) = ClasseurCommand.Run("build", "--project", site.Root, "-o", site.PathOf("docs"));

        Assert.Equal(1, code);
        Assert.Contains("error CLS0401: le dossier de sortie « docs » est refusé : il n'a pas été écrit par Classeur", output, StringComparison.Ordinal);
        Assert.Contains("« CNAME », « notes.md »", output, StringComparison.Ordinal);
        Assert.Contains("--ecraser", output, StringComparison.Ordinal);
        Assert.Equal("manuel.example.org", site.Read("docs/CNAME"));
        Assert.Equal("Mes notes.", site.Read("docs/notes.md"));
    }

    [Fact]
    public void A_git_repository_is_refused_even_with_ecraser()
    {
        using var site = FixtureSite.Create();
        GitFixture.Git(site.Root, null, "init", "-q");
        site.Write("generator/Program.cs", "// source");

        foreach (var target in (string[])[".git", "generator"])
        {
            var (code, _, _) = ClasseurCommand.Run("build", "--project", site.Root, "-o", site.PathOf(target));
            Assert.Equal(1, code);
        }
        var (forced, output, _) = ClasseurCommand.Run("build", "--project", site.Root, "-o", site.PathOf(".git"), "--ecraser");
        Assert.Equal(1, forced);
        Assert.Contains("c'est un dépôt Git", output, StringComparison.Ordinal);
        Assert.True(File.Exists(site.PathOf(".git/HEAD")));
        Assert.Equal("// source", site.Read("generator/Program.cs"));
    }

    [Fact]
    public void Ecraser_replaces_a_folder_classeur_did_not_write()
    {
        using var site = FixtureSite.Create();
        site.Write("docs/CNAME", "manuel.example.org");

        var (code, _, _) = ClasseurCommand.Run("build", "--project", site.Root, "-o", site.PathOf("docs"), "--ecraser");

        Assert.Equal(0, code);
        Assert.False(File.Exists(site.PathOf("docs/CNAME")));
        Assert.True(File.Exists(site.PathOf("docs/.classeur-site")));
        Assert.True(File.Exists(site.PathOf("docs/index.html")));
    }

    [Fact]
    public void A_marked_folder_an_empty_one_and_a_site_built_before_the_marker_are_replaced()
    {
        using var site = FixtureSite.Create();
        Assert.Equal(0, ClasseurCommand.Run("build", "--project", site.Root).ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, ".classeur-site")));
        Assert.Equal(0, ClasseurCommand.Run("build", "--project", site.Root).ExitCode);

        Directory.CreateDirectory(site.PathOf("vide"));
        Assert.Equal(0, ClasseurCommand.Run("build", "--project", site.Root, "-o", site.PathOf("vide")).ExitCode);

        // An older Classeur left no marker: index.html, the search index, folders and pages only.
        site.Write("ancien/index.html", "<html></html>").Write("ancien/assets/recherche-index.js", "").Write("ancien/fiches/i-b-1.html", "");
        Assert.Equal(0, ClasseurCommand.Run("build", "--project", site.Root, "-o", site.PathOf("ancien")).ExitCode);
        Assert.True(File.Exists(site.PathOf("ancien/.classeur-site")));
    }
}
