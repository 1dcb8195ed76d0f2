using System.Buffers;
using System.Globalization;

namespace Classeur.Text;

/// <summary>
/// Finds terms (glossary acronyms) as whole words: not touching a letter or a digit on either side,
/// case-sensitive, as the pattern (?&lt;![\p{L}\p{N}])term(?![\p{L}\p{N}]) finds them. A plain scan: the
/// pattern built from the glossary ran interpreted under Native AOT (a regex built at run time cannot be
/// source-generated), and one was built for every acronym marked, about a tenth of a large build.
/// </summary>
internal sealed class WholeWords
{
    private readonly Dictionary<char, string[]> _byFirst;
    private readonly SearchValues<char> _firsts;

    /// <param name="terms">In the order they are tried at one place: the first that fits wins (longest first, say).</param>
    public WholeWords(IEnumerable<string> terms)
    {
        _byFirst = terms.Where(t => t.Length > 0).GroupBy(t => t[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _firsts = SearchValues.Create([.. _byFirst.Keys]);
    }

    /// <summary>
    /// The first occurrence at or after <paramref name="from"/>: its index and the first term (in the given order)
    /// that fits there; (-1, null) when there is none. Taken from left to right (the next search starts after the
    /// term found), occurrences never overlap. On a span, with no string, iterator or closure: a page's every
    /// piece of text is scanned.
    /// </summary>
    public (int Index, string? Term) Next(ReadOnlySpan<char> text, int from)
    {
        var i = from;
        while (i < text.Length)
        {
            var next = text[i..].IndexOfAny(_firsts);
            if (next < 0) break;
            i += next;
            if (i == 0 || !IsWordChar(text[i - 1]))
            {
                foreach (var term in _byFirst[text[i]])
                {
                    if (EndsWord(text, i, term)) return (i, term);
                }
            }
            i++;
        }
        return (-1, null);
    }

    /// <summary>The first whole-word occurrence of <paramref name="term"/> from <paramref name="from"/>, or -1.</summary>
    public static int IndexOf(string text, string term, int from)
    {
        for (var at = text.IndexOf(term, Math.Min(from, text.Length), StringComparison.Ordinal); at >= 0; at = at + 1 < text.Length ? text.IndexOf(term, at + 1, StringComparison.Ordinal) : -1)
        {
            if ((at == 0 || !IsWordChar(text[at - 1])) && EndsWord(text, at, term)) return at;
        }
        return -1;
    }

    /// <summary>The term is written at <paramref name="at"/> and no letter or digit follows it.</summary>
    private static bool EndsWord(ReadOnlySpan<char> text, int at, string term) =>
        text[at..].StartsWith(term, StringComparison.Ordinal) && (at + term.Length == text.Length || !IsWordChar(text[at + term.Length]));

    /// <summary>A letter or a number of any kind (\p{L}, \p{N}).</summary>
    private static bool IsWordChar(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
        or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
        or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
}
