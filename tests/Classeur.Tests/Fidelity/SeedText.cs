using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Classeur.Tests.Fidelity;

/// <summary>
/// Turns the seed and a rendered fiche into comparable word sequences: page furniture dropped,
/// case, accents, punctuation, typographic quotes and hyphenation normalised.
/// </summary>
public static partial class SeedText
{
    public static IReadOnlyList<string> SeedWords(IEnumerable<string> seedLines) =>
        Words(string.Join("\n", seedLines.Where(l => !IsFurniture(l))));

    public static bool IsFurniture(string line)
    {
        var trimmed = line.Trim();
        return RunningHeader().IsMatch(trimmed)
            || trimmed.StartsWith("Manuel de référence « Pour une démarche de Développement de Territoires Solidaires", StringComparison.Ordinal)
            || trimmed.StartsWith("Retour au sommaire", StringComparison.Ordinal)
            || UrlOnly().IsMatch(trimmed);
    }

    public static IReadOnlyList<string> Words(string text)
    {
        var folded = text.Replace('’', '\'').Replace('‘', '\'');
        // Hyphens joined to the word before them vanish, line-end hyphenation included: « démar-\nche »,
        // « soient-elles » and ids like « I-C-2-a » compare the same on both sides.
        folded = HyphenJoin().Replace(folded, "$1");
        var decomposed = folded.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    [GeneratedRegex(@"^(Fiche|FICHE)?\s*[\w-]+\s*-\s*Page\s*\d+/\d+\s*-\s*Version", RegexOptions.IgnoreCase)]
    private static partial Regex RunningHeader();

    /// <summary>The blocks of addresses repeated at page ends (the links' targets, not text).</summary>
    [GeneratedRegex(@"^((https?://|www\.)\S+\s*)+$")]
    private static partial Regex UrlOnly();

    [GeneratedRegex(@"(\w)-\s*")]
    private static partial Regex HyphenJoin();
}
