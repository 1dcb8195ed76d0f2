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
        var words = new Dictionary<string, (string Word, string Term)>(StringComparer.Ordinal);
        foreach (var (token, term) in weights.Seen())
        {
            var word = FrenchPipeline.Elide(FrenchPipeline.Trim(token));
            var folded = FrenchPipeline.FoldAccents(word);
            if (folded.Length < ShortestWord || !folded.All(char.IsLetter)) continue;
            // Of « coopération » and « cooperation », the accented spelling (greater in ordinal order) is shown.
            if (!words.TryGetValue(folded, out var kept) || string.CompareOrdinal(word, kept.Word) > 0) words[folded] = (word, term);
        }
        var keys = new List<string>();
        foreach (var group in words.GroupBy(w => w.Key[..2]).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = group.Select(g => g.Value)
                .OrderByDescending(w => weights.DocumentsOf(w.Term)).ThenBy(w => w.Word, StringComparer.Ordinal).ToList();
            keys.Add(group.Key);
            add("v/" + SearchScript.KeyName(group.Key), w =>
            {
                w.WriteStartArray();
                foreach (var (word, term) in ordered)
                {
                    w.WriteStringValue(word);
                    w.WriteStringValue(term);
                }
                w.WriteEndArray();
            });
        }
        return keys;
    }
}
