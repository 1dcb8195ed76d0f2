using System.Text;

namespace Classeur.Text;

/// <summary>
/// Text reduced to what a reader compares: letters and digits without accents or case, one space
/// between words, apostrophes, dashes and quotation marks ignored. « Réalisé par Extra Muros. » and
/// « – réalisé par Extra Muros » say the same thing; so do « Centre d'Information » and « centre d’information ».
/// </summary>
internal static class LooseText
{
    public static string Of(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in Diacritics.Strip(text))
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0) builder.Append(' ');
                space = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else space = true;
        }
        return builder.ToString();
    }

    /// <summary>Whether <paramref name="text"/> already says <paramref name="words"/>, word for word.</summary>
    public static bool Holds(string text, string words)
    {
        var needle = Of(words);
        if (needle.Length == 0) return true;
        var haystack = " " + Of(text) + " ";
        return haystack.Contains(" " + needle + " ", StringComparison.Ordinal);
    }
}
