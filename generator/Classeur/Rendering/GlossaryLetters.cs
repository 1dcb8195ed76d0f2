using Classeur.Rendering.Models;
using Classeur.Text;

namespace Classeur.Rendering;

/// <summary>
/// The glossary by initial letter, for its A–Z bar: every letter from A to Z, linked when a term starts
/// with it (accents ignored: « Échelle » is under E); a term starting with a digit or a sign is under « # ».
/// </summary>
internal static class GlossaryLetters
{
    public static (List<GlossaryLetter> Letters, List<GlossaryGroup> Groups) Of(List<GlossaryTerm> terms)
    {
        var groups = terms.GroupBy(t => Initial(t.Term)).OrderBy(g => g.Key == "#" ? "[" : g.Key, StringComparer.Ordinal)
            .Select(g => new GlossaryGroup(g.Key, Anchor(g.Key), g.ToList()))
            .ToList();
        var present = groups.Select(g => g.Letter).ToHashSet(StringComparer.Ordinal);
        var letters = Enumerable.Range('A', 26).Select(c => ((char)c).ToString())
            .Concat(present.Contains("#") ? ["#"] : Array.Empty<string>())
            .Select(l => new GlossaryLetter(l, present.Contains(l) ? Anchor(l) : null))
            .ToList();
        return (letters, groups);
    }

    private static string Anchor(string letter) => letter == "#" ? "lettre-autres" : "lettre-" + letter.ToLowerInvariant();

    private static string Initial(string term)
    {
        var first = Diacritics.Strip(term).FirstOrDefault();
        var upper = char.ToUpperInvariant(first);
        return upper is >= 'A' and <= 'Z' ? upper.ToString() : "#";
    }
}
