using Classeur.Build;
using Classeur.Tests.Support;

namespace Classeur.Tests.Templates;

/// <summary>
/// A build renders each page's content inside its layout, straight into the page's builder, and encodes
/// the builder into the file (Rendering/HtmlSlot). When either template is one the fast renderer leaves to
/// Handlebars.Net, the page must still come out as Handlebars.Net alone writes it.
/// </summary>
public sealed class StreamedPagesTests
{
    [Theory]
    [InlineData("layout.hbs", "<main id=\"contenu\" tabindex=\"-1\">", "<main id=\"contenu\" tabindex=\"-1\">{{#if is_home}}{{is_home}}{{/if}}", true)]
    [InlineData("layout.hbs", "{{{content}}}", "{{{content}}}{{noindex}}", true)]
    [InlineData("repere.hbs", "{{{fiche.body}}}", "{{library.document_has_inferred}}{{{fiche.body}}}", true)]
    [InlineData("layout.hbs", "{{{content}}}", "{{{content}}}<p hidden>{{content}}</p>", false)]
    public void A_page_with_a_template_left_to_handlebars_net_is_written_as_handlebars_net_alone_writes_it(string template, string find, string replace, bool fallsBack)
    {
        using var site = FixtureSite.Create();
        var path = site.PathOf("templates/" + template);
        var text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        site.Write("templates/" + template, text.Replace(find, replace, StringComparison.Ordinal));

        var fast = SiteBuilder.Run(new BuildOptions(site.Root));
        Assert.True(fast.Written, string.Join("\n", fast.Diagnostics));
        Assert.Equal(fallsBack, fast.TemplateFallbacks > 0);
        using var other = new TempProject();
        var slow = SiteBuilder.Run(new BuildOptions(site.Root) { OutputDirectory = other.Output, HandlebarsOnly = true });
        Assert.True(slow.Written);
        var files = Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(site.Output, f)).ToList();
        Assert.True(files.Count > 5);
        Assert.All(files, f => Assert.Equal(File.ReadAllText(Path.Combine(other.Output, f)), File.ReadAllText(Path.Combine(site.Output, f))));
    }

    [Fact]
    public void A_page_with_characters_beyond_the_basic_plane_is_encoded_whole()
    {
        // A builder's chunks may cut a surrogate pair in two; the file must hold the character, not two halves.
        using var site = FixtureSite.Create();
        var fiche = Directory.EnumerateFiles(site.PathOf("content"), "*.md", SearchOption.AllDirectories).First(f => File.ReadAllText(f).Contains("type: repere", StringComparison.Ordinal));
        var emoji = string.Concat(Enumerable.Repeat("🌍 ", 20000));
        File.AppendAllText(fiche, "\n\n" + emoji + "\n");
        var result = SiteBuilder.Run(new BuildOptions(site.Root));
        Assert.True(result.Written, string.Join("\n", result.Diagnostics));
        var pages = Directory.EnumerateFiles(site.PathOf("_site/fiches"), "*.html").Select(File.ReadAllBytes).ToList();
        var page = Assert.Single(pages, p => System.Text.Encoding.UTF8.GetString(p).Contains("🌍 🌍", StringComparison.Ordinal));
        Assert.Equal(20000, System.Text.Encoding.UTF8.GetString(page).Split("🌍").Length - 1);
        Assert.DoesNotContain(new byte[] { 0xEF, 0xBF, 0xBD }, Windows(page));
    }

    private static IEnumerable<byte[]> Windows(byte[] bytes)
    {
        for (var i = 0; i + 3 <= bytes.Length; i++) yield return bytes[i..(i + 3)];
    }
}
