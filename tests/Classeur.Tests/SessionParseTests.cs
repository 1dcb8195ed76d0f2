using Classeur.Build;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// Issue 19: a preview parses again only the files a save changed; the others keep their parsed trees,
/// which the link phase resolves again. The site it writes is the one a fresh build writes, byte for byte,
/// however many saves came before (links rewritten once, not once per save; titles of cited fiches followed).
/// </summary>
public sealed class SessionParseTests
{
    [Fact]
    public void A_save_parses_only_the_changed_file_and_the_site_equals_a_fresh_build()
    {
        using var site = Settled(FixtureSite.Create());
        var method = site.PathOf("content/methodes/II-1-acteurs.md");
        File.WriteAllText(method, File.ReadAllText(method) + "\nLire [le diagnostic](../reperes/I-B-1-ancrage.md#comment) et voir ![le schéma](../assets/schema.png).\n");
        var options = new BuildOptions(site.Root) { Session = new BuildSession() };
        Assert.True(SiteBuilder.Run(options).Written);
        var fiches = Directory.EnumerateFiles(site.PathOf("content"), "*.md", SearchOption.AllDirectories).Count();
        Assert.Equal(fiches, options.Session.Parsed.ParsedLastBuild.Count);

        // The cited repère changes its title: the fiches that cite it are not parsed again, yet show the new title.
        var cited = site.PathOf("content/reperes/I-B-1-ancrage.md");
        File.WriteAllText(cited, File.ReadAllText(cited).Replace("title: L’ancrage territorial, une base commune", "title: L’ancrage territorial, socle commun", StringComparison.Ordinal));
        Assert.True(SiteBuilder.Run(options).Written);
        Assert.Equal(["content/reperes/I-B-1-ancrage.md"], options.Session.Parsed.ParsedLastBuild);
        AssertSameAsFreshBuild(site);

        // A second save elsewhere: the reused trees are resolved once more, from the links as written.
        File.WriteAllText(method, File.ReadAllText(method).Replace("Lire [le diagnostic]", "Relire [le diagnostic]", StringComparison.Ordinal));
        Assert.True(SiteBuilder.Run(options).Written);
        Assert.Equal(["content/methodes/II-1-acteurs.md"], options.Session.Parsed.ParsedLastBuild);
        AssertSameAsFreshBuild(site);
        var page = site.Read("_site/fiches/ii-1.html");
        Assert.Contains("<a href=\"../fiches/i-b-1.html#comment\">le diagnostic</a>", page, StringComparison.Ordinal);
        Assert.Contains("<img src=\"../contenu/assets/schema.png\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void A_save_that_other_pages_cannot_show_renders_only_its_page_and_one_they_show_renders_them()
    {
        using var site = Settled(FixtureSite.Create());
        var options = new BuildOptions(site.Root) { Session = new BuildSession() };
        Assert.True(SiteBuilder.Run(options).Written);
        var story = site.PathOf("content/experiences/III-1-palacret.md");
        void Save(string from, string to) => File.WriteAllText(story, File.ReadAllText(story).Replace(from, to, StringComparison.Ordinal));

        // A sentence no other page quotes: the expérience's page and the print page only.
        Save("\n## L’expérience\n", "\n## L’expérience\n\nUne phrase que seule cette page montre.\n");
        var result = SiteBuilder.Run(options);
        Assert.True(result.Written);
        Assert.InRange(result.TemplatesRendered + result.TemplatesReused, 1, 6);
        AssertSameAsFreshBuild(site);

        // The sentence I-C-2-a quotes in « Cité par », then the summary keyword pages and lists show: every page again.
        Save("a permis un co-portage du site.", "a permis de porter le site à plusieurs.");
        result = SiteBuilder.Run(options);
        Assert.True(result.TemplatesRendered + result.TemplatesReused > 20);
        AssertSameAsFreshBuild(site);
        Assert.Contains("a permis de porter le site à plusieurs", site.Read("_site/fiches/i-c-2-a.html"), StringComparison.Ordinal);

        Save("Un site patrimonial réhabilité", "Un lieu patrimonial réhabilité");
        Assert.True(SiteBuilder.Run(options).Written);
        AssertSameAsFreshBuild(site);
        Assert.Contains("Un lieu patrimonial réhabilité", site.Read("_site/mots-cles/territoire.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reference_broken_by_a_save_elsewhere_is_reported_and_no_longer_linked()
    {
        using var site = Settled(FixtureSite.Create());
        var options = new BuildOptions(site.Root) { Session = new BuildSession() };
        Assert.True(SiteBuilder.Run(options).Written);

        // I-C-2-a cites « I-B-1#comment »: the heading goes, I-C-2-a's file does not change.
        var cited = site.PathOf("content/reperes/I-B-1-ancrage.md");
        var heading = File.ReadAllLines(cited).First(l => l.StartsWith("## ", StringComparison.Ordinal) && l.Contains("omment", StringComparison.Ordinal));
        File.WriteAllText(cited, File.ReadAllText(cited).Replace(heading, "## Autre intertitre", StringComparison.Ordinal));
        var result = SiteBuilder.Run(options);
        var fresh = SiteBuilder.Run(new BuildOptions(site.Root) { OutputDirectory = site.PathOf("_frais") });
        Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), result.Diagnostics.Select(d => d.ToString()));
        Assert.Contains(result.Diagnostics, d => d.Location.Path.EndsWith("I-C-2-a-cooperation.md", StringComparison.Ordinal));
    }

    [Fact]
    public void A_data_file_left_unchanged_keeps_its_problems_and_what_it_could_not_read()
    {
        using var site = Settled(FixtureSite.Create());
        // « territoire » loses its label: unreadable, so its uses are not reported as unknown keywords.
        var keywords = site.PathOf("content/mots-cles.yml");
        File.WriteAllText(keywords, File.ReadAllText(keywords).Replace("  label: \"Territoire\"\n", "", StringComparison.Ordinal));
        var options = new BuildOptions(site.Root) { Session = new BuildSession() };
        var first = SiteBuilder.Run(options);
        Assert.Contains(first.Diagnostics, d => d.Location.Path.EndsWith("mots-cles.yml", StringComparison.Ordinal));

        var method = site.PathOf("content/methodes/II-1-acteurs.md");
        File.WriteAllText(method, File.ReadAllText(method) + "\nUne phrase ajoutée.\n");
        var again = SiteBuilder.Run(options);
        var fresh = SiteBuilder.Run(new BuildOptions(site.Root) { OutputDirectory = site.PathOf("_frais") });
        Assert.Equal(fresh.Diagnostics.Select(d => d.ToString()), again.Diagnostics.Select(d => d.ToString()));
        Assert.Equal(first.Diagnostics.Select(d => d.ToString()), again.Diagnostics.Select(d => d.ToString()));
    }

    /// <summary>
    /// The site's files as an editor's project has them: last modified long ago, so that a preview keeps
    /// their texts (Content/SourceTexts) and reads again only the files a save touches.
    /// </summary>
    private static TempProject Settled(TempProject site)
    {
        var past = DateTime.UtcNow.AddHours(-1);
        foreach (var file in Directory.EnumerateFiles(site.Root, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, past);
        return site;
    }

    [Fact]
    public void A_settled_file_is_read_once_and_read_again_when_its_size_or_time_changes()
    {
        using var site = Settled(FixtureSite.Create());
        var path = site.PathOf("content/methodes/II-1-acteurs.md");
        var texts = new Content.SourceTexts();
        var reads = 0;
        string? Read()
        {
            reads++;
            return File.ReadAllText(path);
        }
        var first = texts.Read(path, Read);
        Assert.Same(first, texts.Read(path, Read));
        Assert.Equal(1, reads);

        // Saved now: read again, and again on every build while the save is recent (its time may not move on a second save).
        File.WriteAllText(path, first + "\nUne phrase.\n");
        Assert.EndsWith("Une phrase.\n", texts.Read(path, Read), StringComparison.Ordinal);
        texts.Read(path, Read);
        Assert.Equal(3, reads);

        // Settled again under another time, same size: read once more, then kept.
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-30));
        texts.Read(path, Read);
        texts.Read(path, Read);
        Assert.Equal(4, reads);
    }

    private static void AssertSameAsFreshBuild(TempProject site)
    {
        var fresh = site.PathOf("_frais");
        if (Directory.Exists(fresh)) Directory.Delete(fresh, recursive: true);
        Assert.True(SiteBuilder.Run(new BuildOptions(site.Root) { OutputDirectory = fresh }).Written);
        var expected = Files(fresh);
        var actual = Files(site.Output);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in expected)
        {
            if (bytes.AsSpan().SequenceEqual(actual[path])) continue;
            var (want, got) = (System.Text.Encoding.UTF8.GetString(bytes).Split('\n'), System.Text.Encoding.UTF8.GetString(actual[path]).Split('\n'));
            var line = Enumerable.Range(0, Math.Min(want.Length, got.Length)).FirstOrDefault(i => want[i] != got[i]);
            Assert.Fail($"{path} diffère d'une construction complète, ligne {line + 1} :\nattendu : {want.ElementAtOrDefault(line)}\nécrit :   {got.ElementAtOrDefault(line)}");
        }
    }

    private static Dictionary<string, byte[]> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
}
