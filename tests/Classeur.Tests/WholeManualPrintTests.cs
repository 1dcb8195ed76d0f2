using System.Text.RegularExpressions;
using Classeur.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Classeur.Tests;

/// <summary>
/// The real manual printed whole, read back as a reader would see it: a binder no thicker than the 2010
/// one, fiches of about their printed length, no heading left alone at the foot of a page, no line that
/// starts with a lone « ? », every footer on one line, and the édito's signature beside its text.
/// </summary>
[Trait("Category", "Lent")]
public sealed partial class WholeManualPrintTests(WholeManualPrint print) : IClassFixture<WholeManualPrint>
{
    /// <summary>The bottom margin (15 mm): below it, only the footer and the page number.</summary>
    private const double FooterZone = 15 * 72 / 25.4;

    [Fact]
    public void The_complete_binder_holds_at_most_two_hundred_pages()
    {
        var pages = PdfTools.Pages(print.Pdf("classeur-complet"));
        Assert.InRange(pages, 150, 200);
    }

    /// <summary>The 2010 lengths, from the seed (the manual as printed): none may be more than 1.3 times longer.</summary>
    [Theory]
    [InlineData("i-c-1-a", 3)]
    [InlineData("i-c-2-a", 4)]
    [InlineData("i-c-2-f", 4)]
    [InlineData("ii-3", 4)]
    [InlineData("iii-1", 4)]
    [InlineData("iii-14", 3)]
    [InlineData("iii-18", 3)]
    public void A_fiche_is_about_as_long_as_it_was_printed_in_2010(string id, int pages2010)
    {
        var pages = PdfTools.Pages(print.Pdf("fiche-" + id));
        Assert.True(pages <= pages2010 * 1.3, $"{id}: {pages} pages, {pages2010} in 2010");
    }

    [Fact]
    public void No_heading_is_left_alone_at_the_foot_of_a_page()
    {
        using var document = PdfDocument.Open(print.Pdf("classeur-complet"));
        Assert.True(document.TryGetBookmarks(out var bookmarks));
        var stranded = new List<string>();
        foreach (var heading in bookmarks.GetNodes().OfType<DocumentBookmarkNode>().Where(b => b.Destination.Coordinates.Top is not null))
        {
            // The words from the heading down to the footer, in reading order: once the heading's own words are
            // passed, some text must remain on the page, or the heading ends it.
            var top = heading.Destination.Coordinates.Top!.Value;
            var title = heading.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            var below = document.GetPage(heading.PageNumber).GetWords()
                .Where(w => w.BoundingBox.Top <= top + 1 && w.BoundingBox.Bottom > FooterZone)
                .OrderByDescending(w => Math.Round(w.BoundingBox.Bottom)).ThenBy(w => w.BoundingBox.Left)
                .Select(w => w.Text.Replace("\u00AD", "", StringComparison.Ordinal))
                .SkipWhile(title.Contains);
            if (!below.Any()) stranded.Add($"p. {heading.PageNumber} « {heading.Title} »");
        }
        Assert.True(stranded.Count == 0, string.Join("\n", stranded));
    }

    [Fact]
    public void No_line_starts_with_a_lone_question_or_exclamation_mark_or_colon()
    {
        var lines = PdfTools.Lines(print.Pdf("classeur-complet"));
        var wrong = lines.Select((line, i) => (Line: line.Trim(), Number: i + 1)).Where(l => LoneMark().IsMatch(l.Line)).ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Select(l => $"{l.Number}: {l.Line}")));
    }

    [Fact]
    public void Every_footer_holds_on_one_line()
    {
        var pages = PdfTools.PagesText(print.Pdf("classeur-complet"));
        var footers = 0;
        for (var i = 0; i < pages.Count; i++)
        {
            foreach (var line in pages[i].Split('\n').Where(l => l.Contains(" · Page ", StringComparison.Ordinal)))
            {
                footers++;
                Assert.True(FooterLine().IsMatch(line), $"page {i + 1}: « {line.Trim()} »");
            }
        }
        Assert.True(footers > 120, $"only {footers} footers");
    }

    [Fact]
    public void The_edito_signature_ends_a_page_that_holds_its_text()
    {
        var pages = PdfTools.PagesText(print.Pdf("classeur-complet"));
        var page = pages.Single(p => p.Contains("Président de COORACE", StringComparison.Ordinal));
        var body = page.Split('\n').Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.Contains(" · Page ", StringComparison.Ordinal) && !l.All(char.IsDigit)
                && l is not "Christophe CHEVALIER" and not "Président de COORACE")
            .ToList();
        Assert.True(body.Count >= 3, "the signature is alone on its page: " + string.Join(" / ", body));
    }

    /// <summary>Chromium wrote a heading pushed to the next page twice in its bookmark (« Présentation de la méthodePrésentation de la méthode »).</summary>
    [Theory]
    [InlineData("fiche-ii-1")]
    [InlineData("fiche-iii-13")]
    [InlineData("classeur-complet")]
    public void No_bookmark_repeats_its_title(string name)
    {
        var titles = PdfOutline.Read(print.Pdf(name)).Select(b => b.Title).ToList();
        var doubled = titles.Where(t => t.Length >= 2 && t.Length % 2 == 0 && t[..(t.Length / 2)] == t[(t.Length / 2)..]).ToList();
        Assert.True(doubled.Count == 0, string.Join("\n", doubled));
        if (name == "fiche-ii-1") Assert.Contains("Présentation de la méthode", titles);
    }

    /// <summary>
    /// Every page of the complete binder but the cover and the blank versos shows its number in the outer
    /// corner, where Chromium puts it (a divider's, printed with numeros.css) and where Classeur stamps it on
    /// a fiche's own pages (within a point).
    /// </summary>
    [Fact]
    public void Every_page_shows_its_binder_number_in_the_outer_corner()
    {
        using var document = PdfDocument.Open(print.Pdf("classeur-complet"));
        var corners = new List<(int Page, double X)>();
        for (var number = 3; number <= document.NumberOfPages; number++)
        {
            var page = document.GetPage(number);
            var words = page.GetWords().ToList();
            if (words.Count == 0) continue;
            var corner = words.Where(w => w.BoundingBox.Top < FooterZone && w.Text == number.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Select(w => number % 2 == 1 ? w.BoundingBox.Right : w.BoundingBox.Left).ToList();
            Assert.True(corner.Count == 1, $"page {number}: no number in its corner");
            corners.Add((number, corner[0]));
        }
        Assert.All(corners.Where(c => c.Page % 2 == 0), c => Assert.InRange(c.X, 47, 49));
        var right = corners.Where(c => c.Page % 2 == 1).Select(c => c.X).ToList();
        Assert.True(right.Max() - right.Min() < 1, $"recto numbers end between {right.Min()} and {right.Max()}");
    }

    /// <summary>
    /// A binder is tagged as the fiches' own PDFs are: PdfPig's page copies dropped Chromium's structure trees,
    /// the binder now carries its pieces' (headings, paragraphs, lists), in French, with its outline.
    /// </summary>
    [Theory]
    [InlineData("classeur-complet")]
    [InlineData("classeur-partie-ii")]
    public void A_binder_is_tagged_with_its_pieces_structure(string name)
    {
        var pdf = print.Pdf(name);
        Assert.Equal("yes", PdfTools.Info(pdf)["Tagged"]);
        Assert.Equal("fr", PdfTools.Language(pdf));
        var structure = PdfTools.Structure(pdf).Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains("H1 (block)", structure);
        Assert.Contains("\"Fiche II-1 · Méthode\"", structure);
        Assert.Contains("\"Présentation de la méthode\"", structure);
        Assert.Equal(1, structure.Count(l => l == "Document"));
        Assert.True(structure.Count(l => l == "Part") >= 4, "a part for each piece");
        Assert.NotEmpty(PdfOutline.Read(pdf));
    }

    /// <summary>
    /// What the web page adds and paper must not show, read in the printed binder's text: the web's own
    /// sections, footnote return arrows, an acronym's expansion beside one already written, a web address
    /// printed twice, an id capitalised in a label; and the book's typefaces, embedded, not the system's.
    /// </summary>
    [Fact]
    public void No_web_leftover_and_only_the_book_typefaces_in_the_printed_binder()
    {
        var pdf = print.Pdf("classeur-complet");
        var text = string.Join(" ", PdfTools.Lines(pdf)).Replace("\u00AD", "", StringComparison.Ordinal);
        var found = new List<string>();
        foreach (var web in new[] { "Cité par", "Expériences proches", "Ressources liées", "Expériences tirées de sources externes", "↩" })
            if (text.Contains(web, StringComparison.Ordinal)) found.Add(web);
        found.AddRange(DoubledExpansion().Matches(text).Select(m => m.Value));
        found.AddRange(AddressTwice().Matches(text).Select(m => m.Value));
        found.AddRange(CapitalisedId().Matches(text).Select(m => m.Value));
        Assert.True(found.Count == 0, string.Join("\n", found));

        var fonts = PdfTools.Fonts(pdf).Where(f => f.Name != "[none]").ToList();
        Assert.All(fonts, f => Assert.True(f.Embedded, f.Name + " is not embedded"));
        Assert.Contains(fonts, f => f.Name.StartsWith("SourceSerif4", StringComparison.Ordinal));
        Assert.Contains(fonts, f => f.Name.StartsWith("SourceSans3", StringComparison.Ordinal));
        Assert.DoesNotContain(fonts, f => f.Name.Contains("DejaVu", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"\(\p{Lu}{2,}\w* \([^()]*\)\)")]
    private static partial Regex DoubledExpansion();

    [GeneratedRegex(@"www\.[\w.-]+/? \(https?://")]
    private static partial Regex AddressTwice();

    [GeneratedRegex(@"FICHE [IV]+-[A-Z](-\d)?-[A-Z]\b")]
    private static partial Regex CapitalisedId();

    [GeneratedRegex(@"^[?!:;»](\s|$)")]
    private static partial Regex LoneMark();

    [GeneratedRegex(@"· Page \d+/\d+ · Version \d+ — \S+ \d{4}")]
    private static partial Regex FooterLine();
}
