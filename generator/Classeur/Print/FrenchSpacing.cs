using System.Text;

namespace Classeur.Print;

/// <summary>
/// The spaces French typography puts around « ; : ! ? » and inside « », made from the punctuation the
/// content already has: a narrow no-break space (U+202F) before ; ! ? and », after «, a no-break space
/// (U+00A0) before a colon. Where the content wrote none (« S’AGIT-IL? »), one is added, but only
/// before punctuation that ends a word group, so that « 14:30 », « http:// » or « page.do?id=3 » stay
/// as written. A lone « ? » can then never start a line, nor « » end one.
/// </summary>
internal static class FrenchSpacing
{
    public const char Narrow = '\u202F';
    public const char NoBreak = '\u00A0';

    public static string Apply(string text)
    {
        if (text.AsSpan().IndexOfAny(";:!?«»") < 0) return text;
        var result = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '«')
            {
                result.Append(c);
                var next = i + 1;
                while (next < text.Length && IsSpace(text[next])) next++;
                // « at the end of a text run (« <em>titre</em> ») keeps what follows as it is.
                if (next < text.Length) result.Append(Narrow);
                i = next - 1;
                continue;
            }
            if (c is ';' or ':' or '!' or '?' or '»' && NeedsSpaceBefore(text, i))
            {
                if (TrimSpaces(result) || result.Length > 0) result.Append(c == ':' ? NoBreak : Narrow);
            }
            result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>
    /// True when the mark ends a word group: followed by a space, a closing mark or the end, and
    /// preceded by a word or closing mark (a colon after a digit is a time or a ratio).
    /// </summary>
    private static bool NeedsSpaceBefore(string text, int i)
    {
        var c = text[i];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        if (c != '»' && !(IsSpace(after) || after is ')' or '»' or '.' or ',' or '!' or '?' or '"' or '\'' or '’')) return false;
        var before = i;
        while (before > 0 && IsSpace(text[before - 1])) before--;
        if (before == 0) return before < i; // « : » at the start of a run: only an existing space is made no-break.
        var previous = text[before - 1];
        if (c == ':' && char.IsDigit(previous) && before == i) return false;
        if (previous is '!' or '?' or ';' && before == i) return false; // « ?! » stays together.
        return before < i || char.IsLetterOrDigit(previous) || previous is ')' or '»' or '’' or '"' or '…' or '.';
    }

    /// <summary>Removes the spaces at the end; true when there were some.</summary>
    private static bool TrimSpaces(StringBuilder text)
    {
        var length = text.Length;
        while (text.Length > 0 && IsSpace(text[^1])) text.Length--;
        return text.Length < length;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or NoBreak or Narrow;
}
