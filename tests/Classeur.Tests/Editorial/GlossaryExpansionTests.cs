using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Classeur.Tests.Support;
using Classeur.Text;

namespace Classeur.Tests.Editorial;

/// <summary>
/// Issue 25, point 4, on the real manual: an acronym's expansion is not given a second time where the
/// text already writes it beside the acronym or in the note called after it; the glossary holds the
/// acronyms the manual uses, with expansions the sources give, and nothing invented.
/// </summary>
[Collection(RealManualCollection.Name)]
public sealed partial class GlossaryExpansionTests(RealManualBuild build)
{
    private static readonly HtmlParser Parser = new();

    private IDocument Load(string url) => Parser.ParseDocument(File.ReadAllText(Path.Combine(build.Output, url)));

    [Theory]
    [InlineData("fiches/iii-4.html", "CIDF")]   // « Centre d’Information sur le Droit des Femmes (CIDF) »
    [InlineData("fiches/iii-4.html", "CUCS")]   // « le CUCS¹ », note 1 « Contrat Urbain de Cohésion Sociale (CUCS) »
    [InlineData("fiches/iii-12.html", "GAS")]   // « un Groupement d’acteurs sociaux sur le département de Maine-et-Loire, le GAS 49 »
    [InlineData("fiches/iii-20.html", "AI")]    // « une association intermédiaire (l’AI Acty Services) »
    [InlineData("fiches/iii-13.html", "ALE")]   // « une agence locale de maîtrise de l’énergie (ALE) »
    [InlineData("fiches/iii-11.html", "CEDRE")] // « CEDRE (Démarche Qualité développée par COORACE) »
    [InlineData("pages/edito.html", "IAE")]     // « l’Insertion par l’Activité Economique (IAE) »
    public void The_expansion_written_beside_the_acronym_is_not_repeated(string page, string term)
    {
        var first = Load(page).QuerySelectorAll(".fiche-corps a.sigle").First(a => a.QuerySelector("abbr")?.TextContent == term || a.TextContent == term);
        Assert.Null(first.QuerySelector(".sigle-developpe"));
        Assert.EndsWith("#sigle-" + term.ToLowerInvariant(), first.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public void No_first_use_is_expanded_beside_the_words_it_stands_for()
    {
        var doubled = new List<string>();
        int expanded = 0, beside = 0;
        foreach (var fiche in build.Manual.Fiches)
        {
            foreach (var link in Load(fiche.Url).QuerySelectorAll("main a.sigle"))
            {
                var span = link.QuerySelector(".sigle-developpe");
                if (span is null) { beside++; continue; }
                expanded++;
                var expansion = span.TextContent.Trim().Trim('(', ')');
                var block = link.Closest("p, li, td, th, dd, blockquote") ?? link.ParentElement!;
                var text = Regex.Replace(block.TextContent.Replace(span.TextContent, "", StringComparison.Ordinal), @"\s+", " ");
                var term = link.QuerySelector("abbr")!.TextContent;
                var at = text.IndexOf(term, StringComparison.Ordinal);
                var words = expansion.Split(' ').Length + 3;
                var before = string.Join(' ', text[..Math.Max(0, at)].Split(' ').TakeLast(words));
                var after = string.Join(' ', text[Math.Min(text.Length, at + term.Length)..].Split(' ').Take(words + 1));
                if (LooseText.Holds(before, expansion) || LooseText.Holds(after, expansion))
                    doubled.Add($"{fiche.Id.Value} : {term} — {before} [{term}] {after}");
            }
        }
        Assert.Empty(doubled);
        Assert.True(beside >= 80, $"{beside} premières apparitions dont le développement est déjà écrit à côté");
        Assert.True(expanded >= 150, $"{expanded} premières apparitions développées");
    }

    [Fact]
    public void The_glossary_holds_the_manuals_acronyms_without_inventing_expansions()
    {
        var glossary = build.Manual.Glossary.ToDictionary(t => t.Term, StringComparer.Ordinal);
        foreach (var term in new[] { "DDTEFP", "PLIE", "CDD", "GRETA", "ANPE", "CEDRE" })
        {
            Assert.True(glossary.ContainsKey(term), term);
            Assert.NotNull(glossary[term].Source);
            // Used in the manual, so its first use there links to its entry.
            Assert.Contains(build.Manual.Fiches.Where(f => !Model.FicheTypes.IsLibrary(f.Type)),
                f => Load(f.Url).QuerySelector($"main a.sigle[href$='#sigle-{term.ToLowerInvariant()}']") is not null);
        }
        // No source spells these out: no expansion, and the glossary says so.
        foreach (var term in new[] { "DDTEFP", "GRETA", "ANPE" })
        {
            Assert.Null(glossary[term].Expansion);
            var uses = build.Manual.Fiches.Select(f => Load(f.Url).QuerySelector($"main a.sigle[href$='#sigle-{term.ToLowerInvariant()}']")).OfType<IElement>().ToList();
            Assert.NotEmpty(uses);
            Assert.All(uses, a => Assert.Equal(term, a.TextContent));
            Assert.All(uses, a => Assert.Null(a.QuerySelector("abbr[title], .sigle-developpe")));
        }
        var entry = Load("glossaire/index.html").GetElementById("sigle-ddtefp")!.NextElementSibling!;
        Assert.Equal(build.Config.Label("glossaire_sans_developpement"), entry.QuerySelector(".glossaire-sans-developpement")!.TextContent);
        Assert.Equal("Plan local pluriannuel pour l’insertion et l’emploi", glossary["PLIE"].Expansion);
        Assert.Equal("Contrat à durée déterminée", glossary["CDD"].Expansion);
        Assert.Equal("Démarche Qualité développée par COORACE", glossary["CEDRE"].Expansion);
        // GPEC as its source, the 2017 book's lexicon, writes it.
        Assert.Equal("Gestion prévisionnelle de l’emploi et des compétences", glossary["GPEC"].Expansion);
    }

    [Fact]
    public void Expansions_are_found_in_the_sources_they_cite()
    {
        var seeds = RepositoryPaths.Sources;
        RepositoryPaths.Source(Path.GetFileName(Directory.EnumerateFiles(seeds, "004_*.txt").Single()));
        string Seed(string prefix) => File.ReadAllText(Directory.EnumerateFiles(seeds, prefix + "_*.txt").Single());
        var manual = Seed("004");
        Assert.True(LooseText.Holds(Seed("001"), "GPEC Gestion Prévisionnelle de l’Emploi et des Compétences"));
        Assert.True(LooseText.Holds(Seed("001"), "les plans locaux pluriannuels pour l’insertion et l’emploi"));
        Assert.True(LooseText.Holds(manual, "CEDRE (Démarche Qualité développée par COORACE)"));
        Assert.True(LooseText.Holds(manual, "Contrat à durée déterminé d’usage amélioré (CDDUA)"));
        // No source spells these out, before or after (« la DDTEFP (à l’époque) » is no expansion).
        foreach (var term in new[] { "DDTEFP", "GRETA", "ANPE" })
            Assert.All(Directory.EnumerateFiles(seeds, "*.txt"), file => Assert.DoesNotMatch($@"{term}\s*\((?!à l’époque)|\)\s*{term}|\(\s*{term}\s*\)", File.ReadAllText(file)));
    }

    [Fact]
    public void Comments_of_the_data_files_cite_only_files_that_exist()
    {
        var missing = new List<string>();
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Content, "*.yml"))
        {
            foreach (var line in File.ReadLines(file).Where(l => l.TrimStart().StartsWith('#')))
            {
                foreach (Match path in CitedPath().Matches(line))
                {
                    var value = path.Value;
                    if (!File.Exists(Path.Combine(RepositoryPaths.Root, value)) && !File.Exists(Path.Combine(RepositoryPaths.Content, value)))
                        missing.Add($"{Path.GetFileName(file)} : {value}");
                }
            }
        }
        Assert.Empty(missing);
    }

    [GeneratedRegex(@"[\w.-]+/[\w./-]+\.(txt|md|yml|json)\b")]
    private static partial Regex CitedPath();
}
