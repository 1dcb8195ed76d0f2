namespace Classeur.Linking;

/// <summary>Cuts the sentence that holds a given position out of a paragraph, for « Cité par ».</summary>
public static class SentenceFinder
{
    private const int MaxLength = 320;

    public static string Around(string text, int offset)
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var start = 0;
        for (var i = offset - 1; i > 0; i--)
        {
            if (IsEnd(text, i) && i + 1 < text.Length && text[i + 1] == ' ')
            {
                start = i + 2;
                break;
            }
        }
        var end = text.Length;
        for (var i = offset; i < text.Length; i++)
        {
            if (IsEnd(text, i) && (i + 1 == text.Length || text[i + 1] == ' '))
            {
                end = i + 1;
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

    private static bool IsEnd(string text, int i) => text[i] is '.' or '!' or '?' or '…';
}
