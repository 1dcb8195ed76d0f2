using System.Text.RegularExpressions;
using Classeur.Tests.Support;

namespace Classeur.Tests.Library;

/// <summary>
/// Every « quotation » in a blockquote of the library (content/ressources, content/experiences-externes)
/// stands verbatim in its seed (Sources/00N_*.txt for RES-00N and EXP-00N-k), once whitespace,
/// line-end hyphenation and apostrophes are normalised. A cut marked « […] » splits a quotation into
/// parts found in order.
/// </summary>
public sealed partial class QuotationFidelityTests
{
    private static readonly string[] Folders = ["ressources", "experiences-externes"];

    [Fact]
    public void Every_quotation_of_the_library_is_verbatim_in_its_seed()
    {
        var seeds = RepositoryPaths.Sources;
        Assert.True(Directory.Exists(seeds), $"Données de test absentes : {seeds}.");
        var failures = new List<string>();
        var checkedCount = 0;
        var fileCount = 0;
        foreach (var file in Folders.Select(f => Path.Combine(RepositoryPaths.Content, f)).Where(Directory.Exists)
                     .SelectMany(d => Directory.EnumerateFiles(d, "*.md")).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            var number = SeedNumber().Match(name);
            if (!number.Success) continue;
            var seedFile = Directory.EnumerateFiles(seeds, number.Groups[1].Value + "_*.txt").SingleOrDefault()
                ?? throw new Xunit.Sdk.XunitException($"{name} : sa source {number.Groups[1].Value}_*.txt manque dans {seeds}.");
            var seed = Normalise(File.ReadAllText(seedFile), isSeed: true);
            fileCount++;
            foreach (var quotation in Quotations(File.ReadAllText(file)))
            {
                checkedCount++;
                if (!FoundInOrder(quotation, seed))
                    failures.Add($"{name} : « {quotation} » n’est pas dans {Path.GetFileName(seedFile)}");
            }
        }
        Assert.True(fileCount > 0, "Aucune page de la bibliothèque (content/ressources, content/experiences-externes) : rien à comparer.");
        Assert.True(checkedCount >= fileCount, $"{checkedCount} citations pour {fileCount} pages : chaque page en cite au moins une.");
        Assert.True(failures.Count == 0, $"{failures.Count} citation(s) sur {checkedCount} introuvable(s) :\n" + string.Join("\n", failures));
    }

    [Fact]
    public void Quotations_are_read_from_blockquotes_only_and_cuts_are_honoured()
    {
        const string text = "Texte « hors citation ».\n\n> « Un début […] et une fin. »\n> — Chapitre 1\n\n> « Une autre\n> sur deux lignes. »\n";
        Assert.Equal(["Un début […] et une fin.", "Une autre sur deux lignes."], Quotations(text));
        var seed = Normalise("Un début de phrase, coupé, et une fin. Une autre sur deux li-\ngnes.", isSeed: true);
        Assert.True(FoundInOrder("Un début […] et une fin.", seed));
        Assert.True(FoundInOrder("Une autre sur deux lignes.", seed));
        Assert.False(FoundInOrder("Une fin et un début.", seed));
    }

    /// <summary>The « … » of each blockquote paragraph, without its location line (« — Chapitre 2 »).</summary>
    internal static List<string> Quotations(string markdown)
    {
        var quotations = new List<string>();
        var paragraph = new List<string>();
        void Close()
        {
            var text = string.Join(' ', paragraph.Where(l => !l.StartsWith('—')));
            paragraph.Clear();
            var first = text.IndexOf('«', StringComparison.Ordinal);
            var last = text.LastIndexOf('»');
            if (first >= 0 && last > first)
                quotations.Add(Spaces().Replace(text[(first + 1)..last].Replace("*", "", StringComparison.Ordinal), " ").Trim());
        }
        foreach (var line in markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith('>') && line.TrimStart('>').Trim().Length > 0) paragraph.Add(line.TrimStart('>').Trim());
            else Close();
        }
        Close();
        return quotations;
    }

    private static bool FoundInOrder(string quotation, string seed)
    {
        var position = 0;
        foreach (var part in Cut().Split(quotation).Select(p => Normalise(p, isSeed: false)).Where(p => p.Length > 0))
        {
            var at = seed.IndexOf(part, position, StringComparison.Ordinal);
            if (at < 0) return false;
            position = at + part.Length;
        }
        return true;
    }

    /// <summary>Seeds break words at line ends (« démar-\nche ») : joined, as in the quotation; spaces collapsed.</summary>
    private static string Normalise(string text, bool isSeed)
    {
        text = text.Replace('’', '\'').Replace('‘', '\'').Replace('\u00A0', ' ').Replace('\u202F', ' ');
        if (isSeed) text = LineEndHyphen().Replace(text, "$1");
        // Hyphens are dropped on both sides: a printed « porte-\nparole » must match « porte-parole ».
        text = text.Replace("-", "", StringComparison.Ordinal);
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex(@"^(?:RES|EXP)-(\d{3})")]
    private static partial Regex SeedNumber();

    [GeneratedRegex(@"\s*(?:\[…\]|\[\.\.\.\]|\(…\)|\(\.\.\.\))\s*")]
    private static partial Regex Cut();

    [GeneratedRegex(@"(\w)-[ \t]*\n\s*")]
    private static partial Regex LineEndHyphen();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
