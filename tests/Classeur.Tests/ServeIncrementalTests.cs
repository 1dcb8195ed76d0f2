using System.Net;
using Classeur.Build;
using Classeur.Cli.Serve;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// The preview rebuilds incrementally: an edit re-renders and rewrites the edited fiche and the pages
/// that show what changed, nothing else, sends a reload event, and leaves the same files as a full build.
/// </summary>
public sealed class ServeIncrementalTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Editing_one_fiche_re_renders_only_the_pages_that_show_it_then_reloads()
    {
        using var project = FixtureSite.Create();
        using var site = new PreviewSite(project.Root);
        var first = site.Rebuild();
        Assert.True(first.Succeeded);
        Assert.Equal(first.PageCount, first.TemplatesRendered / 2); // each page: its template, then the layout
        await using var server = new PreviewServer(site, IPAddress.Loopback, 0);
        await server.StartAsync();
        using var watcher = new SourceWatcher(project.Root, [project.PathOf("content"), project.PathOf("templates")], site.RequestRebuild, TimeSpan.FromMilliseconds(100));
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = Patience };
        using var events = new StreamReader(await http.GetStreamAsync("__classeur/events"));
        await ReadLine(events);

        // A sentence added to the body: only the fiche's page and part of the search index change (the
        // fiche's text, its words' shard, the typo lists of its new words), not the whole index.
        var fiche = Directory.EnumerateFiles(project.PathOf("content/reperes"), "I-B-1-*.md").Single();
        var original = File.ReadAllText(fiche);
        File.WriteAllText(fiche, original + "\nUne phrase ajoutée pendant l'aperçu.\n");
        Assert.Equal("event: reload", await NextEvent(events));
        Assert.Contains("Une phrase ajoutée pendant l", await http.GetStringAsync("fiches/i-b-1.html"), StringComparison.Ordinal);
        // The reload comes once the pages are written; the search files follow.
        await site.Idle().WaitAsync(Patience);
        var body = site.LastResult!;
        Assert.Equal(["fiches/i-b-1.html"], body.RenderedPages.Where(p => !IsSearch(p)));
        var searchFiles = Directory.EnumerateFiles(Path.Combine(site.OutputDirectory, "assets", "recherche"), "*", SearchOption.AllDirectories).Count();
        Assert.Contains(body.RenderedPages, p => p.StartsWith("assets/recherche/s/", StringComparison.Ordinal));
        Assert.True(body.RenderedPages.Count(IsSearch) < searchFiles / 4, $"{body.RenderedPages.Count(IsSearch)} of {searchFiles} search files rewritten");
        Assert.Equal(2, body.TemplatesRendered);

        // A new title: also every page that shows it: the sommaire, pages citing or cited by it, the keyword
        // pages quoting a sentence that cites it, the previous fiche's « suivante » link, the graph of the manual, the print footers.
        // iii-2.html, which shows nothing of I-B-1, is neither rendered nor written.
        File.WriteAllText(fiche, original.Replace("title: L’ancrage territorial, une base commune", "title: L’ancrage dans le territoire", StringComparison.Ordinal));
        Assert.Equal("event: reload", await NextEvent(events));
        await site.Idle().WaitAsync(Patience);
        var title = site.LastResult!;
        Assert.Equal(
            [
                "assets/impression.css", "experiences-externes/exp-001-2.html", "fiches/i-b-1.html", "fiches/i-c-2-a.html",
                "fiches/ii-1.html", "fiches/iii-1.html", "glossaire/index.html", "graphe.html", "index.html", "mots-cles/cooperation.html", "mots-cles/mutualisation.html",
                "mots-cles/territoire.html", "pages/edito.html",
            ],
            title.RenderedPages.Where(p => !IsSearch(p)));
        Assert.True(title.TemplatesReused > 0 && title.TemplatesRendered < first.TemplatesRendered, $"{title.TemplatesRendered} rendus, {title.TemplatesReused} repris");
        Assert.Contains("L’ancrage dans le territoire", await http.GetStringAsync("fiches/ii-1.html"), StringComparison.Ordinal);

        // The preview's folder holds exactly what a full build writes.
        var full = Path.Combine(project.Root, "_complet");
        Assert.True(SiteBuilder.Run(new BuildOptions(project.Root) { OutputDirectory = full }).Written);
        AssertSameFiles(full, site.OutputDirectory);
    }

    [Fact]
    public void A_template_change_renders_every_page_again()
    {
        using var project = FixtureSite.Create();
        using var site = new PreviewSite(project.Root);
        var first = site.Rebuild();
        Assert.Equal(0, site.Rebuild().TemplatesRendered);
        File.AppendAllText(project.PathOf("templates/layout.hbs"), "\n");

        var after = site.Rebuild();

        Assert.Equal(first.TemplatesRendered, after.TemplatesRendered);
        Assert.Equal(0, after.TemplatesReused);
        Assert.Equal(first.PageCount, after.RenderedPages.Count(p => p.EndsWith(".html", StringComparison.Ordinal)));
    }

    private static bool IsSearch(string path) => path.StartsWith(Classeur.Search.SearchScript.Folder, StringComparison.Ordinal);

    private static void AssertSameFiles(string expected, string actual)
    {
        static List<string> Files(string root) =>
            [.. Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal)];
        Assert.Equal(Files(expected), Files(actual));
        foreach (var file in Files(expected))
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), file);
    }

    private static async Task<string> NextEvent(StreamReader events)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var line = await ReadLine(events);
            if (line.StartsWith("event:", StringComparison.Ordinal)) return line;
        }
        throw new TimeoutException("no reload event");
    }

    private static async Task<string> ReadLine(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException();
    }
}
