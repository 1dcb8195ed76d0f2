using System.Globalization;
using System.Text;

namespace Classeur.Rendering;

/// <summary>
/// The glossary by initial letter, for its A–Z bar: every letter from A to Z, linked when a term starts
/// with it (accents ignored: « Échelle » is under E); a term starting with a digit or a sign is under « # ».
/// </summary>
public static class GlossaryLetters
{
    public static (List<Dictionary<string, object?>> Letters, List<Dictionary<string, object?>> Groups) Of(List<Dictionary<string, object?>> terms)
    {
        var groups = terms.GroupBy(t => Initial((string)t["term"]!)).OrderBy(g => g.Key == "#" ? "[" : g.Key, StringComparer.Ordinal)
            .Select(g => new Dictionary<string, object?> { ["letter"] = g.Key, ["anchor"] = Anchor(g.Key), ["terms"] = g.ToList() })
            .ToList();
        var present = groups.Select(g => (string)g["letter"]!).ToHashSet(StringComparer.Ordinal);
        var letters = Enumerable.Range('A', 26).Select(c => ((char)c).ToString())
            .Concat(present.Contains("#") ? ["#"] : Array.Empty<string>())
            .Select(l => new Dictionary<string, object?> { ["letter"] = l, ["anchor"] = present.Contains(l) ? Anchor(l) : null })
            .ToList();
        return (letters, groups);
    }

    private static string Anchor(string letter) => letter == "#" ? "lettre-autres" : "lettre-" + letter.ToLowerInvariant();

    private static string Initial(string term)
    {
        var first = term.Normalize(NormalizationForm.FormD).FirstOrDefault(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        var upper = char.ToUpperInvariant(first);
        return upper is >= 'A' and <= 'Z' ? upper.ToString() : "#";
    }
}
