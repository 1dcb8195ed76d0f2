using System.Collections.Concurrent;
using Classeur.Build;
using Classeur.Cli.Serve;
using Classeur.Output;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// Issue 19: the preview announces a save's pages as soon as they are written, before its search
/// index, which takes longer to build; a save made meanwhile does not wait for that index; the preview's
/// folder always ends as a full build's.
/// </summary>
public sealed class ServeReloadOrderTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public void The_pages_are_written_and_announced_before_the_search_files()
    {
        using var project = FixtureSite.Create();
        using var site = new PreviewSite(project.Root);
        Assert.True(site.Rebuild().Succeeded);
        var search = Path.Combine(site.OutputDirectory, "assets", "recherche");
        var before = Snapshot(search);
        string? pageAtReload = null;
        List<string>? searchAtReload = null;
        BuildResult? atReload = null;
        site.PagesChanged += () =>
        {
            pageAtReload = File.ReadAllText(Path.Combine(site.OutputDirectory, "fiches", "i-b-1.html"));
            searchAtReload = Snapshot(search);
            atReload = site.LastResult;
        };
        var fiche = Directory.EnumerateFiles(project.PathOf("content/reperes"), "I-B-1-*.md").Single();
        File.AppendAllText(fiche, "\nUne phrase zygomorphe ajoutée.\n");

        var result = site.Rebuild();

        Assert.Contains("Une phrase zygomorphe ajoutée.", pageAtReload, StringComparison.Ordinal);
        Assert.Equal(before, searchAtReload);
        Assert.Equal(["fiches/i-b-1.html"], atReload!.RenderedPages);
        Assert.True(result.Succeeded);
        Assert.False(result.SearchSkipped);
        Assert.Contains(result.RenderedPages, IsSearch);
        Assert.NotEqual(before, Snapshot(search));
        Assert.Same(result, site.LastResult);
    }

    [Fact]
    public async Task A_save_made_while_the_index_is_built_is_built_next_without_waiting_for_it()
    {
        using var project = FixtureSite.Create();
        using var site = new PreviewSite(project.Root);
        Assert.True(site.Rebuild().Succeeded);
        var results = new ConcurrentQueue<BuildResult>();
        site.Rebuilt += results.Enqueue;
        var fiche = Directory.EnumerateFiles(project.PathOf("content/reperes"), "I-B-1-*.md").Single();
        var original = File.ReadAllText(fiche);
        var announced = 0;
        // The second save comes as the first one's pages are shown, while its index is being built.
        site.PagesChanged += () =>
        {
            if (Interlocked.Increment(ref announced) != 1) return;
            File.WriteAllText(fiche, original + "\nUne seconde phrase.\n");
            site.RequestRebuild();
        };

        File.WriteAllText(fiche, original + "\nUne première phrase.\n");
        site.RequestRebuild();
        await site.Idle().WaitAsync(Patience);

        Assert.Equal(2, results.Count);
        var (first, second) = (results.First(), results.Last());
        Assert.True(first.Succeeded && first.SearchSkipped);
        Assert.DoesNotContain(first.RenderedPages, IsSearch);
        Assert.True(second.Succeeded);
        Assert.False(second.SearchSkipped);
        Assert.Contains(second.RenderedPages, IsSearch);
        Assert.Equal(3, site.Generation);
        var full = Path.Combine(project.Root, "_complet");
        Assert.True(SiteBuilder.Run(new BuildOptions(project.Root) { OutputDirectory = full }).Written);
        Assert.Equal(Snapshot(full), Snapshot(site.OutputDirectory));
    }

    [Fact]
    public void A_partial_write_keeps_the_files_it_is_told_to_keep_and_deletes_the_others()
    {
        using var project = new TempProject();
        var writer = new IncrementalWriter();
        var output = project.PathOf("site");
        Assert.False(writer.Continues(output));
        writer.Write(output, new Dictionary<string, object> { ["a.html"] = "a", ["b.html"] = "b", ["recherche/i.js"] = "i" });
        Assert.True(writer.Continues(output));

        var written = writer.Write(output, new Dictionary<string, object> { ["a.html"] = "a2" }, path => path.StartsWith("recherche/", StringComparison.Ordinal));

        Assert.Equal(["a.html", "b.html"], written);
        Assert.Equal("a2", File.ReadAllText(Path.Combine(output, "a.html")));
        Assert.False(File.Exists(Path.Combine(output, "b.html")));
        Assert.Equal("i", File.ReadAllText(Path.Combine(output, "recherche", "i.js")));
        // The kept file is still known: unchanged, it is not written again.
        Assert.Empty(writer.Write(output, new Dictionary<string, object> { ["a.html"] = "a2", ["recherche/i.js"] = "i" }));
    }

    private static bool IsSearch(string path) => path.StartsWith(Classeur.Search.SearchScript.Folder, StringComparison.Ordinal);

    /// <summary>Every file under the folder, with its content, sorted: two snapshots are equal when the folders are.</summary>
    private static List<string> Snapshot(string root) =>
        [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(root, f) + "\n" + Convert.ToBase64String(File.ReadAllBytes(f)))];
}
