using Classeur.Model;
using Classeur.Parsing;
using Classeur.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Classeur.Rendering;

/// <summary>
/// Whether the words an acronym stands for are already written beside it — before it, « Centre
/// d'Information sur le Droit des Femmes (CIDF) », after it, « CUCS (Contrat urbain de cohésion
/// sociale) », or in the footnote called right after it. Then the glossary adds no second expansion:
/// a screen reader would say it twice and print would show « (CIDF (Centre d'information…)) ».
/// The written words count when they hold the glossary's expansion (or most of its words), or, in
/// parentheses, when their initials spell the acronym (the printed form may differ from the
/// glossary's: « Agence pour la Valorisation… »).
/// </summary>
internal static class ExpansionBeside
{
    public static bool Holds(LiteralInline literal, int index, GlossaryTerm term)
    {
        if (term.Expansion is null) return false;
        if (Footnoted(literal, index, term)) return true;
        Inline top = literal;
        while (top.Parent is not null) top = top.Parent;
        if ((top as ContainerInline)?.ParentBlock is not LeafBlock leaf) return false;
        var (text, offset) = InlineText.Locate(leaf, literal);
        var at = Occurrence(text, Math.Max(0, offset - 1), term.Term);
        if (at < 0) return false;
        var before = text.AsSpan(0, at).TrimEnd();
        var after = text.AsSpan(at + term.Term.Length).TrimStart();
        // In parentheses, « long form (SHORT) » or « SHORT (long form) »: the initials may tell.
        if (before.EndsWith('(') && (Says(term, before[..^1], fromEnd: true) || Initials(term, before[..^1], fromEnd: true))) return true;
        if (after.StartsWith('(') && after.IndexOf(')') is var close and > 0
            && (Says(term, after[1..close], fromEnd: false) || Initials(term, after[1..close], fromEnd: false))) return true;
        // Without them (« un Groupement d'acteurs sociaux…, le GAS 49 »), only the words themselves.
        return Says(term, before, fromEnd: true) || Says(term, after, fromEnd: false);
    }

    /// <summary>« CUCS[^1] » with the note « Contrat Urbain de Cohésion Sociale (CUCS) ».</summary>
    private static bool Footnoted(LiteralInline literal, int index, GlossaryTerm term)
    {
        // The note's call first: most acronyms have none, and the rest of the literal is then never looked at.
        if (literal.NextSibling is not FootnoteLink { Footnote: { } note } || !literal.Content.AsSpan()[(index + term.Term.Length)..].IsWhiteSpace()) return false;
        var text = InlineText.Of(note);
        return Initials(term, text, fromEnd: false) || LooseText.Holds(string.Join(' ', Words(text)), term.Expansion!);
    }

    private static int Occurrence(string text, int from, string term) => WholeWords.IndexOf(text, term, from);

    private static string[] Words(string text) => LooseText.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// The words next to the acronym (the last ones before it, or the first ones after it) hold the
    /// glossary's expansion, or at least four fifths of its significant words.
    /// </summary>
    private static bool Says(GlossaryTerm term, ReadOnlySpan<char> side, bool fromEnd)
    {
        var expansion = Words(term);
        var window = Near(side, expansion.LongWords + 2, fromEnd);
        if (window.Length == 0) return false;
        // LooseText.Holds, with the expansion's side made once per term.
        if (expansion.Loose.Length == 0 || (" " + LooseText.Of(string.Join(' ', window)) + " ").Contains(" " + expansion.Loose + " ", StringComparison.Ordinal)) return true;
        var significant = expansion.Significant;
        return significant.Count >= 2 && significant.Count(window.Contains) >= 0.8 * significant.Count;
    }

    /// <summary>A term's expansion as loose words, made once per term: each marked acronym of every page asked again.</summary>
    private sealed record ExpansionWords(string Loose, int LongWords, List<string> Significant);

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<GlossaryTerm, ExpansionWords> Expansions = [];

    private static ExpansionWords Words(GlossaryTerm term) => Expansions.GetValue(term, t =>
    {
        var loose = LooseText.Of(t.Expansion!);
        var words = loose.Split(' ');
        return new ExpansionWords(loose, words.Count(w => w.Length >= 3), [.. words.Where(w => w.Length >= 4).Distinct()]);
    });

    /// <summary>
    /// The initials of the words next to the acronym spell it in order, from the word touching it
    /// (Schwartz and Hearst's rule for « long form (SHORT) », counting only words of three letters or
    /// more: French is full of « de », « l' », « et »). The printed words may differ from the glossary's.
    /// </summary>
    private static bool Initials(GlossaryTerm term, ReadOnlySpan<char> side, bool fromEnd)
    {
        var letters = LooseText.Of(term.Term).Replace(" ", "", StringComparison.Ordinal);
        if (letters.Length == 0) return false;
        var near = Near(side, Math.Min(letters.Length + 5, letters.Length * 2), fromEnd);
        if (near.Length == 0) return false;
        if (fromEnd)
        {
            if (near[^1][0] != letters[^1]) return false;
            var i = letters.Length - 1;
            for (var w = near.Length - 1; w >= 0 && i >= 0; w--)
                if (near[w][0] == letters[i]) i--;
            return i < 0;
        }
        if (near[0][0] != letters[0]) return false;
        var j = 0;
        foreach (var word in near)
            if (j < letters.Length && word[0] == letters[j]) j++;
        return j == letters.Length;
    }

    /// <summary>
    /// <see cref="Near(string[], int, bool)"/> of the side's words, reading only as much of the side as they need
    /// (a piece cut at a space, doubled until the words needed lie inside it): the side is the rest of the
    /// paragraph, and reading it whole for each acronym was 3 % of a x100 build. Loose text is made character by
    /// character and a space always separates words, so a piece's words are the side's words at that end.
    /// </summary>
    private static string[] Near(ReadOnlySpan<char> side, int count, bool fromEnd)
    {
        for (var size = 256; ; size *= 2)
        {
            var whole = size >= side.Length;
            var piece = whole ? side : fromEnd ? FromSpace(side[^size..]) : ToSpace(side[..size]);
            var words = Words(piece.ToString());
            var near = Near(words, count, fromEnd);
            if (whole || near.Length < words.Length) return near;
        }
    }

    /// <summary>What follows the piece's first white space (nothing when it has none: the piece is then one word or part of one).</summary>
    private static ReadOnlySpan<char> FromSpace(ReadOnlySpan<char> piece)
    {
        for (var i = 0; i < piece.Length; i++)
        {
            if (char.IsWhiteSpace(piece[i])) return piece[(i + 1)..];
        }
        return [];
    }

    private static ReadOnlySpan<char> ToSpace(ReadOnlySpan<char> piece)
    {
        for (var i = piece.Length - 1; i >= 0; i--)
        {
            if (char.IsWhiteSpace(piece[i])) return piece[..i];
        }
        return [];
    }

    /// <summary>The words on one side, as far as <paramref name="count"/> words of three letters or more.</summary>
    private static string[] Near(string[] words, int count, bool fromEnd)
    {
        var taken = 0;
        var length = 0;
        while (length < words.Length && taken < count)
        {
            if (words[fromEnd ? words.Length - 1 - length : length].Length >= 3) taken++;
            length++;
        }
        return fromEnd ? words[^length..] : words[..length];
    }
}
