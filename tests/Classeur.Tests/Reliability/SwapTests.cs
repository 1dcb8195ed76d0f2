using Classeur.Build;
using Classeur.Output;
using Classeur.Tests.Support;

namespace Classeur.Tests.Reliability;

/// <summary>
/// Issue 22, point 4: the output folder holds a complete site at every instant of a build; a run
/// killed while writing is repaired by the next build; Ctrl+C removes the working folders; their names
/// are ignored by Git.
/// </summary>
public sealed class SwapTests
{
    [Fact]
    public void A_site_killed_between_its_two_renames_is_put_back_by_the_next_build_even_a_failed_one()
    {
        using var site = FixtureSite.Create();
        Assert.True(SiteBuilder.Run(new BuildOptions(site.Root)).Written);
        // What a kill between the renames left: the old site moved aside, the new one half written, no _site.
        var dead = DeadProcessId();
        Directory.Move(site.Output, site.PathOf($"._site.ancien-{dead}-{Guid.NewGuid():N}"));
        site.Write($"._site.nouveau-{dead}-{Guid.NewGuid():N}/index.html", "à moitié");
        site.Write("content/reperes/I-B-2-casse.md", "---\nid: I-B-2\n");

        var result = SiteBuilder.Run(new BuildOptions(site.Root));

        Assert.False(result.Written);
        Assert.True(File.Exists(Path.Combine(site.Output, "fiches/i-b-1.html")), "the previous site is back");
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "._site.*"));
    }

    [Fact]
    public void A_complete_new_site_left_by_a_kill_is_preferred_to_the_previous_one()
    {
        using var site = FixtureSite.Create();
        Assert.True(SiteBuilder.Run(new BuildOptions(site.Root)).Written);
        var dead = DeadProcessId();
        Directory.Move(site.Output, site.PathOf($"._site.nouveau-{dead}-{Guid.NewGuid():N}"));
        site.Write($"._site.ancien-{dead}-{Guid.NewGuid():N}/index.html", "ancien");

        SiteWriter.Repair(site.Output);

        Assert.True(File.Exists(Path.Combine(site.Output, "fiches/i-b-1.html")));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "._site.*"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_output_holds_a_complete_site_after_every_step_of_a_write(bool twoRenames)
    {
        using var site = FixtureSite.Create();
        Assert.True(SiteBuilder.Run(new BuildOptions(site.Root)).Written);
        var expected = Listing(site.Output);
        var steps = new List<string>();
        SiteWriter.Step.Value = step =>
        {
            steps.Add(step);
            // Between the renames (two-rename way) the site is aside for an instant: the next build puts it back.
            if (step == "previous-moved") return;
            Assert.Equal(expected, Listing(site.Output));
        };
        DirectorySwap.Disabled.Value = twoRenames;
        try
        {
            Assert.True(SiteBuilder.Run(new BuildOptions(site.Root)).Written);
        }
        finally
        {
            SiteWriter.Step.Value = null;
            DirectorySwap.Disabled.Value = false;
        }
        Assert.Equal(twoRenames ? ["staged", "previous-moved", "moved"] : ["staged", "exchanged"], steps);
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "._site.*"));
    }

    [Fact]
    public void Ctrl_c_while_writing_removes_the_working_folder_and_keeps_the_previous_site()
    {
        using var site = FixtureSite.Create();
        Assert.True(SiteBuilder.Run(new BuildOptions(site.Root)).Written);
        // Enough files that writing them takes a while: the signal lands during the write.
        for (var i = 0; i < 1000; i++) site.Write($"content/assets/lot/{i:0000}.txt", new string('x', 2000));

        using var build = new CliProcess("build", "--project", site.Root);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Directory.EnumerateDirectories(site.Root, "._site.nouveau-*").Any())
        {
            Assert.True(DateTime.UtcNow < deadline && !build.HasExited, "the build never started writing: " + build.Output + build.Error);
            Thread.Sleep(2);
        }
        build.Interrupt();

        Assert.True(build.WaitForExit(TimeSpan.FromSeconds(30)));
        Assert.Equal(130, build.ExitCode);
        Assert.Contains("construction interrompue", build.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "._site.*"));
        Assert.True(File.Exists(Path.Combine(site.Output, "fiches/i-b-1.html")));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "contenu/assets/lot")), "the previous site, not a half-new one");
    }

    [Theory]
    [InlineData("._site.nouveau-4242-0123456789abcdef0123456789abcdef/")]
    [InlineData("._site.ancien-4242-0123456789abcdef0123456789abcdef/")]
    [InlineData("public/.docs.nouveau-1-0123456789abcdef0123456789abcdef/")]
    public void Working_folders_are_ignored_by_git(string path)
    {
        var ignored = GitFixture.Git(RepositoryPaths.Root, null, "check-ignore", "--no-index", path);
        Assert.Equal(path, ignored.Trim());
    }

    /// <summary>A process id that no running process has.</summary>
    private static int DeadProcessId()
    {
        var running = System.Diagnostics.Process.GetProcesses().Select(p => p.Id).ToHashSet();
        return Enumerable.Range(100_000, 1_000_000).First(id => !running.Contains(id));
    }

    private static List<string> Listing(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(folder, f)).Order(StringComparer.Ordinal)];
}
