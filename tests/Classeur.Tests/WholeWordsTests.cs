using System.Text.RegularExpressions;
using Classeur.Text;

namespace Classeur.Tests;

/// <summary>
/// The glossary's acronyms are found by a plain scan (Text/WholeWords), not by a pattern built at run time:
/// it must find exactly what the pattern found, on the manual's own texts and on the edges of words.
/// </summary>
public sealed class WholeWordsTests
{
    private static readonly string[] Terms = ["SIAE", "IAE", "GE", "GES", "PTCE", "CIDF", "E2C", "ESS", "Pôle", "A.B."];

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>
        {
            "Les SIAE et l'IAE, les GE (GES), le PTCE.", "SIAEs IAE2 2IAE éIAE IAEé _IAE_ IAE", "GESGE GE-GES GE", "E2C, E2Cs, ΔE2C ⅣE2C E2C²",
            "Pôle emploi, Pôles, le pôle", "A.B. A.B.C A.B", "", "IAE", "I", "SIA", "CIDF\u00A0(Centre d'information)",
        };
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Support.RepositoryPaths.Content, "reperes"), "*.md").Order(StringComparer.Ordinal).Take(6))
            data.Add(File.ReadAllText(file).Replace("iae", "IAE", StringComparison.Ordinal));
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_scan_finds_what_the_whole_word_pattern_found(string text)
    {
        var ordered = Terms.OrderByDescending(t => t.Length).ThenBy(t => t, StringComparer.Ordinal).ToList();
        var pattern = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', ordered.Select(Regex.Escape))})(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant);
        var scan = new WholeWords(ordered);
        var found = new List<(int, string)>();
        for (var (index, term) = scan.Next(text, 0); term is not null; (index, term) = scan.Next(text, index + term.Length)) found.Add((index, term));
        Assert.Equal(pattern.Matches(text).Select(m => (m.Index, m.Value)), found);
        foreach (var term in Terms)
        {
            for (var from = 0; from <= text.Length; from += Math.Max(1, text.Length / 7))
            {
                var one = new Regex($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(term)}(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant).Match(text, from);
                Assert.Equal(one.Success ? one.Index : -1, WholeWords.IndexOf(text, term, from));
            }
        }
    }
}
