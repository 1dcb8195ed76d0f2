using System.Globalization;
using System.Text;

namespace Classeur.Text;

/// <summary>
/// Text without its accents, as « decompose (NFD), drop the non-spacing marks » gives it, from
/// <see cref="DecompositionTable"/> rather than ICU: the command runs in invariant globalization mode
/// (no ICU to load, ~25 ms of the manual's 0.3 s build), where string.Normalize changes nothing.
/// </summary>
internal static class Diacritics
{
    private static readonly (char[] Characters, char[] Bases) Table = Split(DecompositionTable.Pairs);

    /// <summary>« Île-de-France » → « Ile-de-France »; a separate mark (« e » + U+0301) goes too.</summary>
    public static string Strip(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] < '\u00C0') i++; // no letter with an accent, no mark below U+00C0
        if (i == text.Length) return text;
        var builder = new StringBuilder(text.Length).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= '\u0300' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            builder.Append(Base(c));
        }
        return builder.ToString();
    }

    /// <summary>The character's base letter, or the character itself when it has none.</summary>
    public static char Base(char c)
    {
        if (c < '\u00C0') return c;
        var at = Array.BinarySearch(Table.Characters, c);
        return at >= 0 ? Table.Bases[at] : c;
    }

    private static (char[], char[]) Split(string pairs)
    {
        var characters = new char[pairs.Length / 2];
        var bases = new char[pairs.Length / 2];
        for (var i = 0; i < characters.Length; i++) (characters[i], bases[i]) = (pairs[2 * i], pairs[(2 * i) + 1]);
        return (characters, bases);
    }
}
