using Classeur.Build;
using Classeur.Output;
using Classeur.Tests.Support;

namespace Classeur.Tests.Reliability;

/// <summary>
/// A build writes each page beside the output as soon as it is rendered, and each search file as soon
/// as it is serialised (it never holds the whole site in memory), then puts the folder in place. It
/// writes the same bytes as a write of the whole site at once, and a failure half-way through leaves
/// the previous site as it was and no working folder.
/// </summary>
public sealed class StreamedBuildTests
{
    [Fact]
    public void A_streamed_build_writes_the_same_files_as_a_write_of_the_whole_site()
    {
        using var site = FixtureSite.Create();
        using var other = new TempProject();
        var streamed = site.Output;
        var whole = other.PathOf("site");

        Assert.True(SiteBuilder.Run(new BuildOptions(site.Root)).Written);
        // A preview's first build renders every page into memory, then writes the site at once.
        Assert.True(SiteBuilder.Run(new BuildOptions(site.Root) { OutputDirectory = whole, Session = new BuildSession() }).Written);

        var files = Listing(streamed);
        Assert.Equal(files, Listing(whole));
        Assert.Contains("assets/recherche/index.js", files);
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(whole, f)), File.ReadAllBytes(Path.Combine(streamed, f))));
    }

    [Fact]
    public void A_template_failing_half_way_through_the_pages_keeps_the_previous_site_and_no_working_folder()
    {
        using var site = FixtureSite.Create();
        Assert.True(SiteBuilder.Run(new BuildOptions(site.Root)).Written);
        var before = Snapshot(site.Output);
        // Only the experiences fail: the search files and the other pages are written before the failure is known.
        var template = site.Read("templates/experience.hbs");
        site.Write("templates/experience.hbs", template.Replace("{{fiche.id}}", "{{fiche.idd}}", StringComparison.Ordinal));

        var result = SiteBuilder.Run(new BuildOptions(site.Root));

        Assert.False(result.Written);
        Assert.Equal("CLS0302", Assert.Single(result.Diagnostics).Code);
        Assert.Equal(before, Snapshot(site.Output));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "._site*"));
    }

    [Fact]
    public void Of_two_files_at_one_path_the_higher_layer_is_kept_whichever_comes_first()
    {
        using var folder = new TempProject();
        var output = folder.PathOf("site");
        using (var first = StagedSite.Open(output))
        {
            first.Add("a.txt", "ancien a");
            first.Add("b.txt", "ancien b");
            first.Commit();
        }

        using (var staged = StagedSite.Open(output))
        {
            staged.Add("a.txt", "page", layer: 0);
            staged.Add("a.txt", "recherche", layer: 2);
            staged.Add("b.txt", "recherche"u8, layer: 2);
            staged.Add("b.txt", "page", layer: 0);
            // Same bytes as the previous site: linked from it, then replaced by a higher layer.
            staged.Add("c.txt", "x", layer: 0);
            Assert.Equal(["a.txt", "b.txt", "c.txt"], staged.Paths);
            staged.Commit();
        }

        Assert.Equal("recherche", File.ReadAllText(Path.Combine(output, "a.txt")));
        Assert.Equal("recherche", File.ReadAllText(Path.Combine(output, "b.txt")));
        Assert.Empty(Directory.EnumerateDirectories(folder.Root, ".site*"));
    }

    [Fact]
    public void A_file_linked_from_the_previous_site_then_replaced_leaves_the_previous_site_alone()
    {
        using var folder = new TempProject();
        var output = folder.PathOf("site");
        using (var first = StagedSite.Open(output))
        {
            first.Add("a.txt", "le même texte");
            first.Commit();
        }
        var previous = Path.Combine(output, "a.txt");

        using var staged = StagedSite.Open(output);
        staged.Add("a.txt", "le même texte", layer: 0);
        staged.Add("a.txt", "un autre texte", layer: 1);

        Assert.Equal("le même texte", File.ReadAllText(previous));
        staged.Commit();
        Assert.Equal("un autre texte", File.ReadAllText(previous));
    }

    [Fact]
    public void The_failure_thrown_is_the_one_of_the_first_path_whatever_the_order_of_writing()
    {
        using var folder = new TempProject();
        var output = folder.PathOf("site");
        using var staged = StagedSite.Open(output);
        // A file where a folder is needed: writing under it fails.
        staged.Add("b", "un fichier");
        staged.Add("a", "un fichier");
        staged.Add("b/page.html", "échoue en second");
        staged.Add("a/page.html", "échoue en premier");
        staged.Add("c.html", "après l'échec : pas écrit");

        var error = Assert.ThrowsAny<IOException>(staged.Commit);
        Assert.Equal("a/page.html", error.Data["path"]);
        Assert.False(Directory.Exists(output));
        Assert.Empty(Directory.EnumerateDirectories(folder.Root, ".site*"));
    }

    [Fact]
    public void An_uncommitted_site_is_removed_and_the_output_left_as_it_was()
    {
        using var folder = new TempProject();
        var output = folder.PathOf("site");
        using (var first = StagedSite.Open(output))
        {
            first.Add("a.txt", "ancien");
            first.Commit();
        }

        using (var staged = StagedSite.Open(output))
        {
            staged.Add("a.txt", "nouveau");
            staged.Add("b.txt", "nouveau");
        }

        Assert.Equal(["a.txt"], Listing(output).Where(f => f != SiteMarker.FileName));
        Assert.Equal("ancien", File.ReadAllText(Path.Combine(output, "a.txt")));
        Assert.Empty(Directory.EnumerateDirectories(folder.Root, ".site*"));
    }

    private static List<string> Listing(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    private static List<(string Path, string Hash)> Snapshot(string folder) =>
        [.. Listing(folder).Select(f => (f, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, f))))))];
}
