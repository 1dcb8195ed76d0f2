using System.Text.Json;

namespace Classeur.Search;

/// <summary>
/// The words of the manual a typo is corrected to, v/XX for the words whose first two letters (accents
/// folded) are XX: each word as written (lower case, accents kept, for the « résultats pour … » line)
/// and its term. Loaded only when a typed word of five letters or more is found nowhere; the browser
/// keeps the words one edit away (a letter added, left out, changed, or two swapped). Commoner terms first.
/// </summary>
internal static class TypoVocabulary
{
    /// <summary>Words shorter than this are not candidates: a five-letter word less one letter is four.</summary>
    public const int ShortestWord = 4;

    /// <summary>Writes the files; returns their two-letter keys, which the manifest lists.</summary>
    public static List<string> Write(Bm25Weights weights, Action<string, Action<Utf8JsonWriter>> add)
    {
        // No order is needed to read the tokens: a word's term is a function of the word, and of two spellings
        // of a folded word the greater in ordinal order is kept, whichever comes first. Sorting every token of
        // the manual (then grouping them) was most of this step.
        var words = new Dictionary<string, (string Word, string Term)>(StringComparer.Ordinal);
        var read = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (token, term) in weights.Seen())
        {
            if (!read.Add(token)) continue;
            var word = FrenchPipeline.Elide(FrenchPipeline.Trim(token));
            var folded = FrenchPipeline.FoldAccents(word);
            if (folded.Length < ShortestWord || !IsWord(folded)) continue;
            // Of « coopération » and « cooperation », the accented spelling (greater in ordinal order) is shown.
            if (!words.TryGetValue(folded, out var kept) || string.CompareOrdinal(word, kept.Word) > 0) words[folded] = (word, term);
        }
        var groups = new Dictionary<string, List<(string Word, string Term, int Documents)>>(StringComparer.Ordinal);
        foreach (var (folded, (word, term)) in words)
        {
            var key = folded[..2];
            if (!groups.TryGetValue(key, out var group)) groups[key] = group = [];
            group.Add((word, term, weights.DocumentsOf(term)));
        }
        var keys = groups.Keys.Order(StringComparer.Ordinal).ToList();
        foreach (var key in keys)
        {
            var ordered = groups[key];
            ordered.Sort((a, b) => a.Documents != b.Documents ? b.Documents.CompareTo(a.Documents) : string.CompareOrdinal(a.Word, b.Word));
            add("v/" + SearchScript.KeyName(key), w =>
            {
                w.WriteStartArray();
                foreach (var (word, term, _) in ordered)
                {
                    w.WriteStringValue(word);
                    w.WriteStringValue(term);
                }
                w.WriteEndArray();
            });
        }
        return keys;
    }

    private static bool IsWord(string folded)
    {
        foreach (var c in folded)
        {
            if (!char.IsLetter(c)) return false;
        }
        return true;
    }
}
