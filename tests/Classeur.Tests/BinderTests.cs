using System.Globalization;
using System.Text.RegularExpressions;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// Binders assembled from pieces printed by the system Chromium, read back with poppler: every fiche
/// and divider on a recto, a table of contents that tells the truth, per-fiche footers, bookmarks,
/// metadata, and the printed index.
/// </summary>
public sealed partial class BinderTests
{
    [Fact]
    [Trait("Category", "Lent")]
    public void Printing_a_whole_site_makes_a_binder_per_part_and_one_for_everything()
    {
        using var site = FixtureSite.Create();
        site.Write("content/pages/index.md", "---\nid: index\ntype: page\ntitle: Quelques mots clefs\n---\n\nLes fiches de chaque mot clef.\n");
        var (code, stdout, error) = ClasseurCommand.Run("print", "--project", site.Root, "--chromium", PdfTools.Chromium);
        Assert.True(code == 0, stdout + error);
        Assert.Contains("[6/9] Le manuel complet", stdout, StringComparison.Ordinal);
        Assert.Contains("[9/9] III. Expériences", stdout, StringComparison.Ordinal);
        string[] expected = ["classeur-complet.pdf", "classeur-partie-i.pdf", "classeur-partie-ii.pdf", "classeur-partie-iii.pdf",
            "fiche-i-b-1.pdf", "fiche-i-c-2-a.pdf", "fiche-ii-1.pdf", "fiche-iii-1.pdf", "fiche-iii-2.pdf", "index.html"];
        Assert.Equal(expected, Directory.EnumerateFiles(site.PathOf("_site/imprimer")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var whole = site.PathOf("_site/imprimer/classeur-complet.pdf");
        var info = PdfTools.Info(whole);
        Assert.Equal("Manuel d’essai – Le manuel complet", info["Title"]);
        Assert.Equal("fr", PdfTools.Language(whole));
        var pages = PdfTools.PagesText(whole);
        Assert.Contains("Petit manuel d’essai", pages[0], StringComparison.Ordinal);

        var starts = FicheStarts(PdfTools.PagesText(whole, layout: false));
        Assert.Equal(["Des entreprises en mouvement", "I-B-1", "I-C-2-a", "II-1", "III-1", "III-2", "Quelques mots clefs"], starts.Keys);
        Assert.All(starts, s => Assert.True(s.Value % 2 == 1, $"{s.Key} starts on page {s.Value}, a verso"));

        var contents = TableOfContents(pages);
        Assert.Equal(starts["I-C-2-a"], contents["Fiche I-C-2-a – Coopération"]);
        Assert.Equal(starts["III-2"], contents.Single(e => e.Key.StartsWith("Fiche III-2 –", StringComparison.Ordinal)).Value);
        Assert.Equal(starts["Quelques mots clefs"], contents["Quelques mots clefs"]);
        foreach (var divider in new[] { "I. Repères", "II. Méthodes", "III. Expériences", "B. Identité", "C. Pratique" })
        {
            var page = contents[divider];
            Assert.True(page % 2 == 1, $"the divider {divider} is on page {page}, a verso");
            Assert.Contains(divider, pages[page - 1], StringComparison.Ordinal);
        }

        // The printed index: each fiche of a keyword followed by the binder page where it starts.
        Assert.Contains($"I-C-2-a (p. {starts["I-C-2-a"]})", pages[starts["Quelques mots clefs"] - 1], StringComparison.Ordinal);

        var outline = PdfOutline.Read(whole);
        Assert.Contains((0, "I. Repères"), outline);
        Assert.Contains((0, "III. Expériences"), outline);
        var part = outline.ToList().IndexOf((0, "I. Repères"));
        var cooperation = outline.ToList().FindIndex(b => b.Title == "Fiche I-C-2-a · Repère – Coopération");
        Assert.True(cooperation > part && outline[cooperation].Depth >= 2, "the fiche's bookmark sits under its part and section");

        var partTwo = PdfTools.PagesText(site.PathOf("_site/imprimer/classeur-partie-ii.pdf"), layout: false);
        Assert.Equal(["II-1"], FicheStarts(partTwo).Keys);
    }

    [Fact]
    [Trait("Category", "Lent")]
    public void A_part_of_the_real_manual_prints_as_a_binder_with_each_fiche_numbering_its_own_pages()
    {
        using var output = new TempProject();
        var (code, stdout, error) = ClasseurCommand.Run("print", "--project", RepositoryPaths.Root, "--output", output.Root,
            "--chromium", PdfTools.Chromium, "--partie", "II");
        Assert.True(code == 0, stdout + error);
        var binder = output.PathOf("imprimer/classeur-partie-ii.pdf");
        var pages = PdfTools.PagesText(binder, layout: false);
        var starts = FicheStarts(pages);
        Assert.Equal(["II-1", "II-2", "II-3", "II-4"], starts.Keys);
        var contents = TableOfContents(PdfTools.PagesText(binder));
        foreach (var (id, start) in starts)
        {
            Assert.True(start % 2 == 1, $"{id} starts on page {start}, a verso");
            Assert.Equal(start, contents.Single(e => e.Key.StartsWith($"Fiche {id} –", StringComparison.Ordinal)).Value);
        }

        // Page i/n of a fiche counts its own pages: 1, 2… n, then the next fiche (or a blank verso).
        var footers = pages.Select(Footer).ToList();
        var first = footers.FindIndex(f => f is not null && f.Value.Id == "II-1");
        var count = footers[first]!.Value.Count;
        for (var i = 0; i < count; i++)
            Assert.Equal(("II-1", i + 1, count), footers[first + i]);
        Assert.Contains($"Fiche II-1 – Analyser le système d’acteurs territorial · Page 1/{count} · Version 1 — décembre 2010",
            pages[first], StringComparison.Ordinal);
        Assert.Equal(4, PdfOutline.Read(binder).Count(b => b.Depth == 1));
    }

    /// <summary>The page (1-based) where each fiche's footer says « Page 1/n », by fiche id (or title, for a page such as the index).</summary>
    private static Dictionary<string, int> FicheStarts(IReadOnlyList<string> pages)
    {
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            var footer = Footer(pages[i]);
            if (footer is { Number: 1 } f) starts[f.Id] = i + 1;
        }
        return starts;
    }

    /// <summary>
    /// The fiche footer of a page: « Fiche I-C-2-a – Coopération · Page 2/4 · Version… » gives (I-C-2-a, 2, 4).
    /// Read from the right: the footer ends the page, and a cross-reference « → Fiche … » may come before it.
    /// </summary>
    private static (string Id, int Number, int Count)? Footer(string page)
    {
        var m = FooterPattern().Match(page);
        if (!m.Success) return null;
        var id = m.Groups["id"].Success ? m.Groups["id"].Value : m.Groups["title"].Value.Trim();
        return (id, int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>The table of contents (page 3, after the cover and its blank verso): each entry with its page number.</summary>
    private static Dictionary<string, int> TableOfContents(IReadOnlyList<string> pages)
    {
        Assert.StartsWith("Sommaire", pages[2].Trim(), StringComparison.Ordinal);
        // An entry on two lines has its number on the last one: the lines before it are its beginning.
        var entries = new Dictionary<string, int>(StringComparer.Ordinal);
        var pending = "";
        foreach (var line in pages[2].Split('\n').Skip(1))
        {
            var m = ContentsLine().Match(line);
            if (!m.Success)
            {
                if (line.Trim().Length > 0) pending += line.Trim() + " ";
                continue;
            }
            entries[pending + m.Groups[1].Value.Trim()] = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            pending = "";
        }
        return entries;
    }

    [GeneratedRegex(@"(?:(?<title>Des entreprises en mouvement|Quelques mots clefs)|Fiche (?<id>[IVX]+(?:-[0-9A-Za-z]+)*) – [^·]*?) · Page (?<n>\d+)/(?<count>\d+) · Version 1 (?:\(janvier 2026\)|— décembre 2010)", RegexOptions.RightToLeft)]
    private static partial Regex FooterPattern();

    [GeneratedRegex(@"^\s*(\S.*?\S)\s+(\d+)\s*$")]
    private static partial Regex ContentsLine();
}
