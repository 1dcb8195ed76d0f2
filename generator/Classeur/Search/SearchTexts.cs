using System.Text.Json;

namespace Classeur.Search;

/// <summary>
/// What a result shows, fetched only for the results shown: per fiche, its documents (the fiche's text
/// before its first « ## », then each section) go a few to a file, s/FICHE-PART, with what the result's
/// line says (address, title, type, organisation, place). The browser knows a document's file from its
/// number: part = section ÷ documents per part.
/// </summary>
internal static class SearchTexts
{
    public static void Write(IReadOnlyList<SearchDocument> documents, IReadOnlyList<(int Fiche, int Section)> positions, int perPart,
        Action<string, Action<Utf8JsonWriter>> add)
    {
        var start = 0;
        while (start < documents.Count)
        {
            var end = start + 1;
            while (end < documents.Count && positions[end].Section > 0) end++;
            var fiche = documents[start];
            var number = positions[start].Fiche;
            for (var part = 0; part * perPart < end - start; part++)
            {
                var first = start + (part * perPart);
                var last = Math.Min(end, first + perPart);
                add($"s/{number}-{part}", w =>
                {
                    w.WriteStartObject();
                    w.WriteStartArray("m");
                    w.WriteStringValue(fiche.Url);
                    w.WriteStringValue(fiche.Title);
                    w.WriteStringValue(fiche.Type);
                    w.WriteStringValue(fiche.Organisation ?? "");
                    w.WriteStringValue(fiche.Territory ?? "");
                    w.WriteEndArray();
                    // Per document: its section number, heading and anchor (empty for the fiche itself), its text.
                    w.WriteStartArray("d");
                    for (var d = first; d < last; d++)
                    {
                        var document = documents[d];
                        var hash = document.Url.IndexOf('#', StringComparison.Ordinal);
                        w.WriteNumberValue(positions[d].Section);
                        w.WriteStringValue(document.Section ?? "");
                        w.WriteStringValue(hash < 0 ? "" : document.Url[(hash + 1)..]);
                        w.WriteStringValue(document.Text);
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                });
            }
            start = end;
        }
    }
}
