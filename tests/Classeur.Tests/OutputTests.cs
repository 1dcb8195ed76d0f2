using Classeur.Build;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>Where and how the site is written: atomically, and never over something that is not its own.</summary>
public sealed class OutputTests
{
    [Fact]
    public void Refuses_to_write_into_the_content_folder()
    {
        using var site = FixtureSite.Create();
        var result = SiteBuilder.Run(new BuildOptions(site.Root) { OutputDirectory = site.PathOf("content") });
        Assert.Contains(result.Diagnostics, d => d.Code == "CLS0401");
        Assert.True(File.Exists(site.PathOf("content/mots-cles.yml")), "the content must be untouched");
    }

    [Theory]
    [InlineData("")]
    [InlineData("..")]
    [InlineData("templates")]
    [InlineData("content/reperes")]
    public void Refuses_the_project_root_its_parents_and_source_folders(string relative)
    {
        using var site = FixtureSite.Create();
        var result = SiteBuilder.Run(new BuildOptions(site.Root) { OutputDirectory = Path.GetFullPath(Path.Combine(site.Root, relative)) });
        Assert.Contains(result.Diagnostics, d => d.Code == "CLS0401");
        Assert.False(result.Written);
        Assert.True(File.Exists(site.PathOf("site.yml")));
    }

    [Fact]
    public void Replaces_the_previous_output_whole_and_leaves_no_staging_folder()
    {
        using var site = FixtureSite.Create();
        Directory.CreateDirectory(site.Output);
        File.WriteAllText(Path.Combine(site.Output, "ancien.html"), "ancien");
        File.WriteAllText(Path.Combine(site.Output, ".classeur-site"), ""); // written by Classeur: replaceable
        var result = SiteBuilder.Run(new BuildOptions(site.Root));
        Assert.True(result.Written);
        Assert.False(File.Exists(Path.Combine(site.Output, "ancien.html")));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "._site*"));
    }

    [Fact]
    public void Removing_the_previous_output_deletes_links_not_what_they_lead_to()
    {
        using var site = FixtureSite.Create();
        var outside = Directory.CreateDirectory(Path.Combine(site.Root, "dehors", "dossier")).FullName;
        File.WriteAllText(Path.Combine(outside, "garder.txt"), "à garder");
        Directory.CreateDirectory(Path.Combine(site.Output, "fiches", "profond"));
        File.WriteAllText(Path.Combine(site.Output, ".classeur-site"), ""); // written by Classeur: replaceable
        File.WriteAllText(Path.Combine(site.Output, "fiches", "profond", "ancien.html"), "ancien");
        Directory.CreateSymbolicLink(Path.Combine(site.Output, "fiches", "lien-dossier"), outside);
        File.CreateSymbolicLink(Path.Combine(site.Output, "lien-fichier.txt"), Path.Combine(outside, "garder.txt"));
        var result = SiteBuilder.Run(new BuildOptions(site.Root));
        Assert.True(result.Written);
        Assert.False(Directory.Exists(Path.Combine(site.Output, "fiches", "profond")));
        Assert.False(File.Exists(Path.Combine(site.Output, "lien-fichier.txt")));
        Assert.Equal("à garder", File.ReadAllText(Path.Combine(outside, "garder.txt")));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "._site*"));
    }

    [Fact]
    public void A_missing_template_is_reported_and_nothing_is_written()
    {
        using var site = FixtureSite.Create();
        File.Delete(site.PathOf("templates/layout.hbs"));
        var result = SiteBuilder.Run(new BuildOptions(site.Root));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CLS0302", diagnostic.Code);
        Assert.Equal("templates/layout.hbs", diagnostic.Location.Path);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public void A_missing_content_folder_is_reported()
    {
        using var site = FixtureSite.Create();
        var result = SiteBuilder.Run(new BuildOptions(site.Root) { ContentDirectory = site.PathOf("absent"), CheckOnly = true });
        Assert.Equal("CLS0003", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void An_unreadable_file_is_reported_not_thrown()
    {
        using var site = FixtureSite.Create();
        File.CreateSymbolicLink(site.PathOf("content/reperes/I-B-2-lien.md"), site.PathOf("content/reperes/absent.md"));
        var result = SiteBuilder.Run(new BuildOptions(site.Root) { CheckOnly = true });
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("CLS0002", diagnostic.Code);
        Assert.Equal("content/reperes/I-B-2-lien.md", diagnostic.Location.Path);
    }

    [Fact]
    public void A_write_failure_is_reported_and_keeps_the_previous_site()
    {
        using var site = FixtureSite.Create();
        Assert.True(SiteBuilder.Run(new BuildOptions(site.Root)).Written);
        // A file where the staging folder's parent should be makes the write fail.
        var blocked = site.PathOf("bloque");
        File.WriteAllText(blocked, "un fichier, pas un dossier");
        var result = SiteBuilder.Run(new BuildOptions(site.Root) { OutputDirectory = Path.Combine(blocked, "_site") });
        Assert.Equal("CLS0402", Assert.Single(result.Diagnostics).Code);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }
}
