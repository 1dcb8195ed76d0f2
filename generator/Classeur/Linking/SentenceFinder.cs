namespace Classeur.Linking;

/// <summary>Cuts the sentence that holds a given position out of a paragraph, for « Cité par ».</summary>
internal static class SentenceFinder
{
    private const int MaxLength = 320;

    /// <summary>
    /// Words that a period follows without ending the sentence (« cf. Fiche I-C-2-a », « p. 12 »,
    /// « M. Dupont »), compared without case. A single letter followed by a period is an initial.
    /// </summary>
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "cf", "p", "pp", "ex", "n", "no", "art", "al", "vol", "chap", "coord", "dir", "éd", "ed", "env", "fig",
        "mm", "mme", "mmes", "mlle", "dr", "pr", "st", "ste", "vs", "resp", "tél", "tel",
    };

    public static string Around(string text, int offset) => Around(text, offset, Ends(text));

    /// <summary>
    /// Where the sentences of <paramref name="text"/> end (the index of their final mark): computed once
    /// for a paragraph, so that finding the sentences of many citations in it stays linear.
    /// </summary>
    public static int[] Ends(string text)
    {
        var ends = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (IsEnd(text, i) && (i + 1 == text.Length || text[i + 1] == ' ')) ends.Add(i);
        }
        return [.. ends];
    }

    /// <param name="ends">The paragraph's <see cref="Ends(string)"/>.</param>
    public static string Around(string text, int offset, int[] ends)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        // The first end at or after the offset closes the sentence; the one before opens it.
        var next = Array.BinarySearch(ends, offset);
        if (next < 0) next = ~next;
        var end = next < ends.Length ? ends[next] + 1 : text.Length;
        var start = 0;
        for (var k = next - 1; k >= 0; k--)
        {
            var i = ends[k];
            if (i > 0 && i < offset && i + 1 < text.Length)
            {
                start = i + 2;
                break;
            }
        }
        var sentence = text[start..end].Trim();
        if (sentence.Length <= MaxLength) return sentence;
        // Keep the citation in view: centre the excerpt on it.
        var from = Math.Clamp(offset - start - (MaxLength / 2), 0, sentence.Length - MaxLength);
        var excerpt = sentence.Substring(from, MaxLength).Trim();
        return (from > 0 ? "… " : "") + excerpt + (from + MaxLength < sentence.Length ? " …" : "");
    }

    /// <summary>
    /// A sentence ends at . ! ? or … that is followed by the end of the text or by a word that does not
    /// start in lower case, and, for a period, that does not close an abbreviation or an initial.
    /// </summary>
    private static bool IsEnd(string text, int i)
    {
        if (text[i] is not ('.' or '!' or '?' or '…')) return false;
        if (NextWordStartsLowerCase(text, i + 1)) return false;
        return text[i] != '.' || !ClosesAbbreviation(text, i);
    }

    private static bool NextWordStartsLowerCase(string text, int from)
    {
        for (var j = from; j < text.Length; j++)
        {
            var c = text[j];
            if (c is ' ' or '\u00A0' or '\u202F' or '«' or '"' or '“' or '(') continue;
            return char.IsLower(c);
        }
        return false;
    }

    private static bool ClosesAbbreviation(string text, int period)
    {
        var start = period;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        var word = text[start..period];
        if (word.Length == 0) return false;
        // « J.-L. », « P. PRIOU »: a lone capital is an initial; a lone lower-case letter (« p. ») is listed.
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        return Abbreviations.Contains(word);
    }
}
