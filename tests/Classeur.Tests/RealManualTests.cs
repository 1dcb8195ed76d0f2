using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Classeur.Model;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>The real content/ of the repository: it builds clean, and the site it gives is whole.</summary>
[Collection(RealManualCollection.Name)]
public sealed partial class RealManualTests(RealManualBuild build)
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public void The_real_manual_builds_with_no_error_and_no_warning()
    {
        Assert.Empty(build.Result.Diagnostics);
        Assert.True(build.Result.Written);
    }

    [Fact]
    public void The_manual_has_its_45_fiches_and_53_keywords()
    {
        Assert.Equal(17, build.Manual.OfType(FicheType.Repere).Count());
        Assert.Equal(4, build.Manual.OfType(FicheType.Methode).Count());
        Assert.Equal(20, build.Manual.OfType(FicheType.Experience).Count());
        Assert.Equal(["edito", "introduction"], build.Manual.Fiches.Take(2).Select(f => f.Id.Value));
        Assert.Equal(["index", "bibliographie"], build.Manual.Fiches.Where(f => !FicheTypes.IsLibrary(f.Type)).TakeLast(2).Select(f => f.Id.Value));
        Assert.Equal(53, build.Manual.Keywords.Count);
    }

    [Fact]
    public void The_sommaire_lists_the_41_numbered_fiches_by_part_and_section()
    {
        var home = Load("index.html");
        var ids = home.QuerySelectorAll(".sommaire .fiche-id").Select(e => e.TextContent).ToList();
        var expected = build.Manual.Fiches.Where(f => f.Type != FicheType.Page && !FicheTypes.IsLibrary(f.Type)).Select(f => f.Id.Value).ToList();
        Assert.Equal(41, ids.Count);
        Assert.Equal(expected, ids);
        var headings = home.QuerySelectorAll(".sommaire h2, .sommaire h3, .sommaire h4").Select(h => h.TextContent).ToList();
        Assert.Contains("I. Repères", headings);
        Assert.Contains("1. Missions clefs", headings);
        Assert.Contains("2. Principes d’action transversaux", headings);
        Assert.Contains("III. Expériences", headings);
    }

    [Fact]
    public void Every_fiche_has_its_page()
    {
        foreach (var fiche in build.Manual.Fiches)
            Assert.True(File.Exists(Path.Combine(build.Output, fiche.Url)), fiche.Url);
    }

    [Fact]
    public void Every_internal_link_of_the_site_leads_to_an_existing_page_and_anchor()
    {
        var broken = new List<string>();
        foreach (var page in Directory.EnumerateFiles(build.Output, "*.html", SearchOption.AllDirectories))
        {
            var document = Parser.ParseDocument(File.ReadAllText(page));
            foreach (var href in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                if (ExternalScheme().IsMatch(href)) continue;
                var (path, fragment) = Split(href);
                var target = path.Length == 0 ? page : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, path));
                if (!File.Exists(target)) { broken.Add($"{Relative(page)} → {href}"); continue; }
                if (fragment.Length > 0 && Parser.ParseDocument(File.ReadAllText(target)).GetElementById(fragment) is null)
                    broken.Add($"{Relative(page)} → {href} (ancre absente)");
            }
        }
        Assert.Empty(broken);
    }

    [Fact]
    public void Every_cross_reference_of_a_converted_fiche_is_a_link()
    {
        foreach (var fiche in build.Manual.Fiches.Where(f => f.HasBody))
        {
            var body = Load(fiche.Url).QuerySelector(".fiche-corps")!;
            Assert.DoesNotContain("[[", body.TextContent, StringComparison.Ordinal);
            Assert.Equal(fiche.CrossReferences.Count, body.QuerySelectorAll("a.renvoi").Length
                - body.QuerySelectorAll(".boite-renvoi a.renvoi").Length);
        }
    }

    [Fact]
    public void Pages_load_nothing_from_outside_and_carry_a_content_security_policy()
    {
        foreach (var page in Directory.EnumerateFiles(build.Output, "*.html", SearchOption.AllDirectories))
        {
            var document = Parser.ParseDocument(File.ReadAllText(page));
            var csp = document.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content");
            Assert.NotNull(csp);
            Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
            var sources = document.QuerySelectorAll("link[href], script[src], img[src], iframe, object, embed")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? "<" + e.LocalName + ">");
            Assert.All(sources, s => Assert.False(s.Contains("//", StringComparison.Ordinal) || s.StartsWith('<'), $"{Relative(page)} charge {s}"));
        }
        var css = File.ReadAllText(Path.Combine(build.Output, "assets", "style.css"));
        Assert.DoesNotMatch("url\\(\\s*['\"]?(https?:)?//", css);
        Assert.DoesNotContain("@import", css, StringComparison.Ordinal);
    }

    [Fact]
    public void Drafts_are_marked_as_such_and_converted_fiches_are_not()
    {
        foreach (var fiche in build.Manual.Fiches)
        {
            var marked = Load(fiche.Url).QuerySelector(".avis-brouillon") is not null;
            Assert.Equal(fiche.IsDraft, marked);
        }
    }

    [Fact]
    public void Cite_par_shows_the_sentence_each_citation_stands_in()
    {
        var citing = build.Manual.Fiches.First(f => f.HasBody && f.CrossReferences.Count > 0 && f.Type != FicheType.Page);
        var target = build.Manual.Find(citing.CrossReferences[0].TargetId!)!;
        var section = Load(target.Url).QuerySelector(".cite-par");
        Assert.NotNull(section);
        Assert.Contains(section.QuerySelectorAll("li > a"), a => a.TextContent == citing.CitationText);
        Assert.NotEmpty(section.QuerySelectorAll("blockquote"));
    }

    [Fact]
    public void The_bibliography_page_lists_the_29_records_with_the_fiches_citing_them()
    {
        var page = Load("pages/bibliographie.html");
        var notices = page.QuerySelectorAll(".notices > li");
        // The manual's 29; the records of the library's documents are on those documents' pages.
        Assert.Equal(29, build.Manual.Bibliography.Count(r => !build.Manual.IsLibraryRecord(r.Id)));
        Assert.Equal(29, notices.Length);
        var participation = page.GetElementById("notice-coorace-participation-salaries")!;
        var citing = participation.QuerySelectorAll(".cite-dans a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("../fiches/i-c-2-g.html", citing);
        Assert.Contains("../fiches/i-c-2-h.html", citing);
    }

    [Fact]
    public void Every_keyword_has_its_page()
    {
        foreach (var keyword in build.Manual.Keywords)
            Assert.True(File.Exists(Path.Combine(build.Output, "mots-cles", keyword.Id + ".html")), keyword.Id);
    }

    private IDocument Load(string url) => Parser.ParseDocument(File.ReadAllText(Path.Combine(build.Output, url)));

    private string Relative(string page) => Path.GetRelativePath(build.Output, page);

    private static (string Path, string Fragment) Split(string href)
    {
        var hash = href.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? (href, "") : (href[..hash], href[(hash + 1)..]);
    }

    [GeneratedRegex("^(https?|mailto|tel):", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalScheme();
}
