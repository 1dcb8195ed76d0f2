using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Classeur.Tests.Support;
using Classeur.Text;

namespace Classeur.Tests.Editorial;

/// <summary>
/// Issue 25 on the real manual: what a careful reader comparing the site with the 2010 manual
/// stumbled on — doubled notes, the CRIDA sentence, excerpts cut at « cf. ».
/// </summary>
[Collection(RealManualCollection.Name)]
public sealed partial class ReaderStumblesTests(RealManualBuild build)
{
    private static readonly HtmlParser Parser = new();

    private IDocument Load(string url) => Parser.ParseDocument(File.ReadAllText(Path.Combine(build.Output, url)));

    [Fact]
    public void No_resource_repeats_a_note_its_printed_text_already_holds()
    {
        var doubled = new List<string>();
        var notes = 0;
        foreach (var fiche in build.Manual.Fiches)
        {
            foreach (var item in Load(fiche.Url).QuerySelectorAll(".ressources li:not(.ressources-groupe)"))
            {
                var text = Regex.Replace(item.TextContent, @"\s+", " ");
                var dash = text.IndexOf(" — ", StringComparison.Ordinal);
                if (dash < 0) continue;
                notes++;
                var note = text[(dash + 3)..];
                note = note[..(note.IndexOf(" http", StringComparison.Ordinal) is var u and >= 0 ? u : note.Length)];
                note = note.Replace(build.Config.Label("notice"), "", StringComparison.Ordinal);
                if (LooseText.Holds(text[..dash], note)) doubled.Add($"{fiche.Id.Value} : {text}");
            }
        }
        Assert.Empty(doubled);
        // The rule keeps a note that adds something: III-14 cites the project without its sponsors.
        Assert.True(notes > 0);
        Assert.Contains("Fondation de France", Load("fiches/iii-14.html").QuerySelector(".ressources")!.TextContent, StringComparison.Ordinal);
        var cooperation = Load("fiches/i-c-2-a.html").QuerySelector(".ressources")!.TextContent;
        Assert.Equal(1, Regex.Count(cooperation, "[Rr]éalisé par Extra Muros"));
    }

    [Fact]
    public void Ii_2_prints_its_first_resource_once()
    {
        var resources = Load("fiches/ii-2.html").QuerySelector(".ressources")!.TextContent;
        Assert.Equal(1, Regex.Count(resources, "De nombreux outils et méthodes"));
    }

    [Fact]
    public void Ii_2_crida_sentence_introduces_the_three_experiences()
    {
        var block = Load("fiches/ii-2.html").QuerySelector(".plus-loin")!;
        var sentence = block.QuerySelectorAll("p").Single(p => p.TextContent.StartsWith("Trois expériences ont fait", StringComparison.Ordinal));
        // Under the « Fiches « Expérience » » heading, right above III-1, III-2 and III-15 — not above II-3.
        Assert.Equal(build.Config.Label("fiches_experiences"), sentence.PreviousElementSibling!.TextContent);
        var listed = sentence.NextElementSibling!.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../fiches/iii-1.html", "../fiches/iii-2.html", "../fiches/iii-15.html"], listed);
        Assert.NotEqual("P", block.QuerySelector("h2")!.NextElementSibling!.TagName);
    }

    [Fact]
    public void The_bibliography_page_is_the_manuals_own_under_its_printed_headings()
    {
        var page = Load("pages/bibliographie.html");
        var notices = page.QuerySelectorAll(".notices > li").Select(li => li.Id!["notice-".Length..]).ToList();
        Assert.Equal(29, notices.Count);
        // The outside documents' records (1995–2017) are on their own pages, with their anchors.
        var library = build.Manual.Bibliography.Where(r => r.Section == "Bibliographies des ressources").ToList();
        Assert.Equal(48, library.Count);
        Assert.All(library, r => Assert.DoesNotContain(r.Id, notices));
        foreach (var resource in build.Manual.Fiches.Where(f => f.Type == Model.FicheType.Ressource))
        {
            var anchors = Load(resource.Url).QuerySelectorAll(".bibliotheque-liee li[id]").Select(li => li.Id).ToList();
            Assert.Equal(resource.BibliographyRefs.Select(b => "notice-" + b.Value), anchors);
        }
        Assert.Contains(page.QuerySelectorAll(".renvoi-bibliotheque a"), a => a.GetAttribute("href") == "../bibliotheque/index.html");
        // Each partner printed as a heading over its address keeps its heading, right above its notice.
        string[] partners = ["bdis", "cncres", "entrepreneuriat-social", "labo-ess", "reseau-ressourceries", "socialement-responsable"];
        foreach (var id in partners)
        {
            var notice = page.GetElementById("notice-" + id)!;
            Assert.Single(notice.ParentElement!.Children);
            Assert.Equal(build.Manual.RecordsById[id].Title, notice.ParentElement!.PreviousElementSibling!.TextContent);
            Assert.Null(notice.QuerySelector(".notice-titre"));
        }
        var astrees = page.GetElementById("notice-astrees-marches-locaux-travail")!;
        Assert.DoesNotContain("notice-bdis", astrees.ParentElement!.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Where_the_printed_figure_or_text_is_missing_the_reader_sees_a_note()
    {
        const string figure = "[Figure du manuel imprimé non reproduite]";
        var introduction = Load("pages/introduction.html");
        var types = introduction.QuerySelectorAll(".fiche-corps p").Single(p => p.TextContent.EndsWith("propose six types de fiches :", StringComparison.Ordinal));
        Assert.Equal(figure, types.NextElementSibling!.TextContent.Trim());
        Assert.Equal("note", types.NextElementSibling.GetAttribute("role"));
        Assert.Equal(figure, introduction.GetElementById("la-demarche-en-image")!.NextElementSibling!.TextContent.Trim());
        var cut = Load("fiches/iii-16.html").QuerySelectorAll(".fiche-corps p").Single(p => p.TextContent.StartsWith("la communication pour attirer", StringComparison.Ordinal));
        Assert.Equal("[Passage du manuel imprimé non reproduit]", cut.PreviousElementSibling!.TextContent.Trim());
        Assert.Contains("[Mise en forme du manuel imprimé non reproduite]", Load("pages/index.html").QuerySelector(".fiche-corps")!.TextContent, StringComparison.Ordinal);
        // Every gap an editor noted for certain has its visible note right below the comment.
        var unmarked = new List<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Content, "*.md", SearchOption.AllDirectories))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i].Trim();
                if (!CertainGap().IsMatch(line)) continue;
                if (i + 1 >= lines.Length || !lines[i + 1].Trim().StartsWith("::: lacune ", StringComparison.Ordinal))
                    unmarked.Add($"{Path.GetFileName(file)}:{i + 1}");
            }
        }
        Assert.Empty(unmarked);
        Assert.Equal(6, build.Manual.Fiches.Sum(f => Markdig.Syntax.MarkdownObjectExtensions.Descendants<Markdig.Extensions.CustomContainers.CustomContainer>(f.Body).Count(c => c.Info == "lacune")));
    }

    [GeneratedRegex(@"^<!-- (figure absente|texte coupé)")]
    private static partial Regex CertainGap();

    [Theory]
    [InlineData("EXP-003-2", "Hauts-de-France")] // the source names the Nord-Pas-de-Calais region, no département
    [InlineData("EXP-003-5", null)]               // « en France »: neither département nor region
    public void A_case_its_source_does_not_locate_stays_off_the_map(string id, string? region)
    {
        var fiche = build.Manual.Find(id)!;
        Assert.True(fiche.Territory!.NotGivenBySource);
        Assert.Null(fiche.Territory.Departement);
        Assert.Equal(region, fiche.Territory.Region);
        var territories = Load("territoires.html");
        var apart = territories.GetElementById("titre-lieu-non-precise")!.ParentElement!;
        Assert.Contains(apart.QuerySelectorAll("a"), a => a.GetAttribute("href") == "experiences-externes/" + id.ToLowerInvariant() + ".html");
        Assert.DoesNotContain(territories.QuerySelectorAll("section:not([aria-labelledby='titre-lieu-non-precise']) a"),
            a => a.GetAttribute("href") == "experiences-externes/" + id.ToLowerInvariant() + ".html");
    }

    [Fact]
    public void Library_pages_are_not_dated_with_the_manuals_edition()
    {
        var manualEdition = build.Config.Edition!;
        foreach (var fiche in build.Manual.Fiches.Where(f => Model.FicheTypes.IsLibrary(f.Type)))
        {
            var header = Load(fiche.Url).QuerySelector(".entete .edition")!.TextContent;
            Assert.DoesNotContain(manualEdition, header, StringComparison.Ordinal);
            var date = fiche.Type == Model.FicheType.Ressource ? fiche.Document!.Date : fiche.SourceDate;
            Assert.EndsWith($"{build.Config.Label("bibliotheque_hors_manuel")} · {build.Config.Label("document_de")} {date}", header, StringComparison.Ordinal);
        }
        Assert.Equal("COORACE · Bibliothèque, hors du Manuel · document de 2016", Load("experiences-externes/exp-003-2.html").QuerySelector(".entete .edition")!.TextContent);
        Assert.DoesNotContain(manualEdition, Load("bibliotheque/index.html").QuerySelector(".entete .edition")!.TextContent, StringComparison.Ordinal);
        // The manual's own pages keep their edition.
        Assert.Contains(manualEdition, Load("fiches/iii-1.html").QuerySelector(".entete .edition")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Cite_par_excerpts_are_never_cut_after_an_abbreviation()
    {
        var cut = new List<string>();
        var excerpts = 0;
        foreach (var fiche in build.Manual.Fiches)
        {
            foreach (var backlink in build.Manual.BacklinksTo(fiche).Where(b => b.IsQuote))
            {
                excerpts++;
                var source = Regex.Replace(Load(backlink.Source.Url).QuerySelector(".fiche-corps")?.TextContent ?? "", @"\s+", " ");
                var context = backlink.Context.TrimStart('…', ' ');
                var at = source.IndexOf(context[..Math.Min(40, context.Length)], StringComparison.Ordinal);
                if (at > 0 && AbbreviationBefore().IsMatch(source[..at])) cut.Add($"{backlink.Source.Id.Value} → {fiche.Id.Value} : {backlink.Context}");
            }
        }
        Assert.True(excerpts > 100, $"{excerpts} extraits");
        Assert.Empty(cut);
        var cooperation = build.Manual.BacklinksTo(build.Manual.Find("I-C-2-a")!).Select(b => b.Context).ToList();
        Assert.Contains(cooperation, c => c.StartsWith("La capacité à générer des milieux innovants", StringComparison.Ordinal)
            && c.EndsWith("(cf. Fiche I-C-2-a – Coopération), dialogue social local…", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"(?<![\p{L}])(cf|Cf|p|pp|n|art|vol|M|[A-Z])\.\s?$")]
    private static partial Regex AbbreviationBefore();
}
