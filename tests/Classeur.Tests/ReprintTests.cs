using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// `classeur print --depuis`: only the fiches whose printed text changed since an edition (a git tag or
/// a date), behind a cover sheet « Mise à jour du classeur »; the print page lists the same fiches for
/// the latest tag. The site is a git repository tagged at its first edition, then edited the way staff
/// edit: one sentence rewritten, a fiche whose front matter is only reordered and whose paragraph is
/// only re-wrapped, a fiche added and one taken out. Taking III-2 out changes the web pages of the two
/// fiches that listed it among their related expériences, but not their paper: they are not reprinted.
/// </summary>
public sealed partial class ReprintTests
{
    private static TempProject EditedSinceEdition()
    {
        var site = FixtureSite.Create();
        GitFixture.Git(site.Root, null, "init", "-q", "-b", "main");
        GitFixture.CommitAll(site, "Première édition", "2025-01-10T10:00:00+01:00");
        GitFixture.Git(site.Root, "2025-01-10T10:05:00+01:00", "tag", "-a", "edition-2025", "-m", "Édition imprimée de janvier 2025");

        Edit(site, "content/reperes/I-B-1-ancrage.md", "Établir un diagnostic partagé du territoire.", "Établir et tenir à jour un diagnostic partagé du territoire.");
        Edit(site, "content/reperes/I-B-1-ancrage.md", "type: repere\n", "type: repere\nversion: 2\nversion_date: 2025-05\n");
        Edit(site, "content/methodes/II-1-acteurs.md", "id: II-1\ntype: methode\n", "# Relu en mai 2025\ntype: methode\nid: II-1\n");
        Edit(site, "content/methodes/II-1-acteurs.md", "Une méthode pour analyser les logiques", "Une méthode   pour analyser\nles logiques");
        Edit(site, "content/methodes/II-1-acteurs.md", "## En bref\n", "## En bref\n\n\n");
        site.Write("content/methodes/II-2-mesurer.md", "---\nid: II-2\ntype: methode\ntitle: Mesurer l’utilité sociale\nkeywords: [cooperation]\n---\n\n## En bref\n\nMesurer ce que la démarche apporte au territoire.\n");
        File.Delete(site.PathOf("content/experiences/III-2-sms.md"));
        GitFixture.CommitAll(site, "Relecture de 2025", "2025-06-01T09:00:00+02:00");
        return site;
    }

    private static void Edit(TempProject site, string file, string from, string to)
    {
        var text = site.Read(file);
        Assert.Contains(from, text, StringComparison.Ordinal);
        site.Write(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    [Fact]
    public void The_print_page_lists_what_to_replace_add_and_take_out_since_the_latest_tag()
    {
        using var site = EditedSinceEdition();
        var (code, stdout, error) = ClasseurCommand.Run("build", "--project", site.Root);
        Assert.True(code == 0, stdout + error);
        Assert.True(stdout.Contains("Depuis l’édition edition-2025 (10 janvier 2025) : 2 fiches à réimprimer, 1 à retirer", StringComparison.Ordinal), stdout);

        var page = new HtmlParser().ParseDocument(site.Read("_site/imprimer/index.html"));
        var section = page.QuerySelector("section.mise-a-jour")!;
        Assert.Equal("Mise à jour du classeur", section.QuerySelector("h2")!.TextContent);
        var lists = section.QuerySelectorAll("h3").ToDictionary(h => h.TextContent, h => h.NextElementSibling!.QuerySelectorAll("li").Select(li => li.TextContent).ToList());
        Assert.Equal(["Fiche I-B-1 – L’ancrage territorial, une base commune"], lists["Fiches à remplacer"]);
        Assert.Equal(["Fiche II-2 – Mesurer l’utilité sociale"], lists["Fiches à ajouter"]);
        Assert.Equal(["Fiche III-2 – Offre multi services et multi publics"], lists["Fiches à retirer"]);
        Assert.Equal("../fiches/i-b-1.html", section.QuerySelector("h3 + ul a")!.GetAttribute("href"));
        Assert.Equal("classeur print --depuis edition-2025", section.QuerySelector("pre code")!.TextContent);
    }

    [Fact]
    [Trait("Category", "Lent")]
    public void Print_since_a_date_makes_an_update_binder_of_only_the_changed_fiches()
    {
        using var site = EditedSinceEdition();
        var (code, stdout, error) = ClasseurCommand.Run("print", "--project", site.Root, "--chromium", PdfTools.Chromium, "--depuis", "2025-03-01");
        Assert.True(code == 0, stdout + error);
        Assert.True(stdout.Contains("1 fiche à remplacer, 1 à ajouter, 1 à retirer.", StringComparison.Ordinal), stdout);
        Assert.Contains("  à remplacer : Fiche I-B-1 – L’ancrage territorial, une base commune", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Fiche II-1", stdout, StringComparison.Ordinal);
        Assert.Equal(["classeur-mise-a-jour.pdf", "fiche-i-b-1.pdf", "fiche-ii-2.pdf", "index.html"],
            Directory.EnumerateFiles(site.PathOf("_site/imprimer")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var binder = site.PathOf("_site/imprimer/classeur-mise-a-jour.pdf");
        var pages = PdfTools.PagesText(binder, layout: false);
        var cover = pages[0];
        Assert.Contains("Mise à jour du classeur", cover, StringComparison.Ordinal);
        Assert.Contains("Le texte imprimé de ces fiches a changé depuis le 1er mars 2025.", cover, StringComparison.Ordinal);
        Assert.Contains("Fiches à retirer Fiche III-2", cover, StringComparison.Ordinal);
        Assert.DoesNotContain(pages, p => p.StartsWith("Sommaire", StringComparison.Ordinal));

        // Each fiche starts on a recto, at the page the cover sheet gives for it.
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            var footer = Footer().Match(pages[i]);
            if (footer.Success && footer.Groups[2].Value == "1") starts[footer.Groups[1].Value] = i + 1;
        }
        Assert.Equal(["I-B-1", "II-2"], starts.Keys);
        Assert.All(starts.Values, start => Assert.True(start % 2 == 1, $"a fiche starts on page {start}, a verso"));
        var coverLines = PdfTools.PageText(binder, 1);
        // Each fiche with the version it had and the one it has now, and its page.
        Assert.Matches($@"Fiches à remplacer\s+Fiche I-B-1 – L’ancrage territorial, une base commune\s+imprimée : Version 1 \(janvier 2026\) · nouvelle : Version 2 — mai 2025\s+{starts["I-B-1"]}\s", coverLines);
        Assert.Matches($@"Fiches à ajouter\s+Fiche II-2 – Mesurer l’utilité sociale\s+nouvelle : Version 1 \(janvier 2026\)\s+{starts["II-2"]}\s", coverLines);
    }

    [Fact]
    public void A_reference_that_names_no_edition_is_refused_in_french_with_the_known_tags()
    {
        using var site = EditedSinceEdition();
        var (code, _, error) = ClasseurCommand.Run("print", "--project", site.Root, "--chromium", PdfTools.Chromium, "--depuis", "edition-2024");
        Assert.Equal(2, code);
        Assert.Contains("« edition-2024 » n'est ni une étiquette Git, ni une date AAAA-MM-JJ, ni un commit. Étiquettes connues : edition-2025.", error, StringComparison.Ordinal);

        (code, _, error) = ClasseurCommand.Run("print", "--project", site.Root, "--chromium", PdfTools.Chromium, "--depuis", "2024-12-31");
        Assert.Equal(2, code);
        Assert.Contains("aucun enregistrement Git avant le 31 décembre 2024", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tag_a_date_or_a_commit_names_the_same_edition()
    {
        using var site = EditedSinceEdition();
        var content = site.PathOf("content");
        var tagged = GitFixture.Git(site.Root, null, "rev-parse", "edition-2025^{commit}").Trim();
        var (byTag, _) = Classeur.Editions.EditionResolver.Resolve(content, "edition-2025");
        var (byDate, _) = Classeur.Editions.EditionResolver.Resolve(content, "2025-03-01");
        var (byCommit, _) = Classeur.Editions.EditionResolver.Resolve(content, "HEAD~1");
        Assert.Equal([tagged, tagged, tagged], new[] { byTag!.Commit, byDate!.Commit, byCommit!.Commit });
        Assert.Equal("l’édition edition-2025 (10 janvier 2025)", byTag.Description);
        Assert.Equal("le 1er mars 2025", byDate.Description);
        Assert.Equal("la version HEAD~1 (10 janvier 2025)", byCommit.Description);
        Assert.Equal("edition-2025", Classeur.Editions.EditionResolver.Latest(content)!.Name);
    }

    [Fact]
    public void Without_git_history_there_is_nothing_to_compare_with_and_the_build_says_nothing_about_it()
    {
        using var site = FixtureSite.Create();
        var (code, stdout, error) = ClasseurCommand.Run("build", "--project", site.Root);
        Assert.True(code == 0, stdout + error);
        Assert.DoesNotContain("Depuis", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("mise-a-jour", site.Read("_site/imprimer/index.html"), StringComparison.Ordinal);

        (code, _, error) = ClasseurCommand.Run("print", "--project", site.Root, "--chromium", PdfTools.Chromium, "--depuis", "edition-2025");
        Assert.Equal(2, code);
        Assert.Contains("n'est pas dans un dépôt Git", error, StringComparison.Ordinal);
    }

    [Fact]
    public void When_nothing_changed_since_the_tag_nothing_is_printed()
    {
        using var site = EditedSinceEdition();
        GitFixture.Git(site.Root, "2025-06-02T09:00:00+02:00", "tag", "-a", "edition-2025-06", "-m", "Édition de juin");
        var (code, stdout, error) = ClasseurCommand.Run("print", "--project", site.Root, "--chromium", PdfTools.Chromium, "--depuis", "edition-2025-06");
        Assert.True(code == 0, stdout + error);
        Assert.True(stdout.Contains("Aucune fiche n'a changé à l'impression depuis l’édition edition-2025-06 (2 juin 2025).", StringComparison.Ordinal), stdout);
        Assert.False(File.Exists(site.PathOf("_site/imprimer/classeur-mise-a-jour.pdf")));
    }

    [GeneratedRegex(@"Fiche ([IVX]+(?:-[0-9A-Za-z]+)*) – [^·]*? · Page (\d+)/\d+", RegexOptions.RightToLeft)]
    private static partial Regex Footer();
}
