using Classeur.Print;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>`classeur print` end to end: real PDFs from the system Chromium, read back with poppler.</summary>
public sealed class PrintTests
{
    [Fact]
    public void Print_without_chromium_gives_a_french_error_and_its_own_exit_code()
    {
        using var site = FixtureSite.Create();
        var (code, _, error) = ClasseurCommand.Run("print", "--project", site.Root, "--chromium", "/nulle/part/chromium");
        Assert.Equal(3, code);
        Assert.Contains("aucun Chromium trouvé pour produire les PDF (essayé : /nulle/part/chromium)", error, StringComparison.Ordinal);
        Assert.Contains("La commande build fonctionne sans Chromium.", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output), "nothing is built when printing cannot happen");
    }

    [Fact]
    public void Build_does_not_need_chromium()
    {
        using var site = FixtureSite.Create();
        site.Write("site.yml", site.Read("site.yml") + "\nprint:\n  chromium: /nulle/part/chromium\n");
        var (code, output, _) = ClasseurCommand.Run("build", "--project", site.Root);
        Assert.Equal(0, code);
        Assert.Contains("0 avertissement", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicit_chromium_path_is_used_as_given_and_never_replaced_by_a_guess()
    {
        var everythingExists = ChromiumLocator.Find(null, "/opt/mon-chromium", "/autre", _ => false);
        Assert.False(everythingExists.Found);
        Assert.Equal(["/opt/mon-chromium"], everythingExists.Tried);
        var fromOption = ChromiumLocator.Find("/a", "/b", "/c", _ => true);
        Assert.Equal("/a", fromOption.Path);
        var fromConfig = ChromiumLocator.Find(null, null, "/c", _ => true);
        Assert.Equal("/c", fromConfig.Path);
        var guessed = ChromiumLocator.Find(null, "", null, p => p == "/usr/bin/chromium-browser");
        Assert.Equal("/usr/bin/chromium-browser", guessed.Path);
    }

    [Fact]
    [Trait("Category", "Lent")]
    public void Every_page_of_a_fiche_pdf_carries_the_fiche_footer_counting_its_own_pages()
    {
        using var output = new TempProject();
        var (code, stdout, error) = ClasseurCommand.Run("print", "--project", RepositoryPaths.Root, "--output", output.Root,
            "--chromium", PdfTools.Chromium, "--fiches", "I-C-2-a,III-4");
        Assert.True(code == 0, stdout + error);
        Assert.Contains("] Fiche I-C-2-a – Coopération", stdout, StringComparison.Ordinal);
        Assert.Contains("[3/3] ", stdout, StringComparison.Ordinal);
        Assert.Contains("] Sélection de fiches", stdout, StringComparison.Ordinal);
        Assert.Equal(["classeur-selection.pdf", "fiche-i-c-2-a.pdf", "fiche-iii-4.pdf", "index.html"],
            Directory.EnumerateFiles(output.PathOf("imprimer")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        var pdf = output.PathOf("imprimer/fiche-i-c-2-a.pdf");
        var info = PdfTools.Info(pdf);
        Assert.StartsWith("Fiche I-C-2-a – Coopération", info["Title"], StringComparison.Ordinal);
        Assert.Contains("(A4)", info["Page size"], StringComparison.Ordinal);
        var pages = PdfTools.Pages(pdf);
        Assert.InRange(pages, 2, 5);
        for (var page = 1; page <= pages; page++)
        {
            // One line, with the fiche's own version (site.yml's edition month here, the fiche has none of its own).
            var footer = $"Fiche I-C-2-a – Coopération · Page {page}/{pages} · Version 1 — décembre 2010";
            Assert.Contains(PdfTools.PageText(pdf, page).Split('\n'), line => line.Trim() == footer);
        }
        Assert.Contains("Fiche I-C-2-b – Co construction", PdfTools.PageText(pdf, 1), StringComparison.Ordinal);
        // Embedded book faces, nothing from the system.
        Assert.All(PdfTools.Fonts(pdf), f => Assert.True(f.Embedded && (f.Name.StartsWith("SourceSerif4", StringComparison.Ordinal) || f.Name.StartsWith("SourceSans3", StringComparison.Ordinal)), f.Name));

        // The site is built with the PDFs: the print page lists them, each printed fiche links to its own.
        var printPage = File.ReadAllText(output.PathOf("imprimer/index.html"));
        Assert.Contains($"<a href=\"../imprimer/fiche-i-c-2-a.pdf\">Fiche I-C-2-a – Coopération</a> <span class=\"pdf-taille\">(PDF, {pages} pages, ", printPage, StringComparison.Ordinal);
        Assert.Contains("<a href=\"../imprimer/classeur-selection.pdf\">Sélection de fiches</a>", printPage, StringComparison.Ordinal);
        Assert.Contains("href=\"../imprimer/fiche-i-c-2-a.pdf\"", File.ReadAllText(output.PathOf("fiches/i-c-2-a.html")), StringComparison.Ordinal);
        Assert.DoesNotContain("imprimer/fiche-i-a-1.pdf", File.ReadAllText(output.PathOf("fiches/i-a-1.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_pdfs_the_print_page_explains_how_to_make_them()
    {
        using var site = FixtureSite.Create();
        var (code, output, _) = ClasseurCommand.Run("build", "--project", site.Root);
        Assert.Equal(0, code);
        Assert.Contains("classeur print", output + File.ReadAllText(site.PathOf("_site/imprimer/index.html")), StringComparison.Ordinal);
        Assert.DoesNotContain(".pdf", File.ReadAllText(site.PathOf("_site/imprimer/index.html")), StringComparison.Ordinal);
        Assert.Contains("href=\"../imprimer/index.html\">Imprimer</a>", File.ReadAllText(site.PathOf("_site/fiches/i-c-2-a.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Selections_pick_fiches_by_id_part_region_and_keyword_in_the_manual_order()
    {
        var manual = Classeur.Build.SiteBuilder.Load(new Classeur.Build.BuildOptions(RepositoryPaths.Root) { CheckOnly = true }).Manual;
        string[] Ids(PrintSelection selection)
        {
            var (fiches, problem) = selection.Apply(manual);
            Assert.Null(problem);
            return fiches.Select(f => f.Id.Value).ToArray();
        }

        Assert.Equal(["I-C-2-a", "III-4"], Ids(new PrintSelection(Ids: "iii-4, I-C-2-a")));
        Assert.Equal(41, Ids(new PrintSelection()).Length);
        Assert.Equal(4, Ids(new PrintSelection(Part: "II")).Length);
        var bretagne = Ids(new PrintSelection(Region: "bretagne"));
        Assert.Equal(2, bretagne.Length);
        Assert.All(bretagne, id => Assert.Equal("Bretagne", manual.Find(id)!.Territory!.Region));
        Assert.Equal(3, Ids(new PrintSelection(Region: "Ile-de-France")).Length);
        var cooperation = Ids(new PrintSelection(Part: "III", Keyword: "partenariat-cooperation"));
        Assert.NotEmpty(cooperation);
        Assert.All(cooperation, id => Assert.StartsWith("III-", id, StringComparison.Ordinal));

        Assert.Contains("I-Z-9", new PrintSelection(Ids: "I-Z-9").Apply(manual).Problem, StringComparison.Ordinal);
        Assert.Contains("Bretagne", new PrintSelection(Region: "Atlantide").Apply(manual).Problem, StringComparison.Ordinal);
        Assert.NotNull(new PrintSelection(Keyword: "inconnu").Apply(manual).Problem);
    }
}
