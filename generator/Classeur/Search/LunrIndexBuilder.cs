using System.Text.Json;

namespace Classeur.Search;

/// <summary>
/// lunr.Builder of lunr.js 2.3.9, for the parts Classeur uses: documents in fields with boosts, the
/// inverted index, BM25 field vectors (k1 1.2, b 0.75, scores rounded to 3 decimals as lunr rounds
/// them), and the JSON lunr.Index#toJSON writes, so that lunr.Index.load reads it unchanged.
/// Iteration orders follow JavaScript's: documents and fields in insertion order, terms sorted by code unit.
/// </summary>
public sealed class LunrIndexBuilder(IReadOnlyList<SearchField> fields)
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    private readonly FrenchPipeline _pipeline = new();
    private readonly Dictionary<string, Posting> _invertedIndex = new(StringComparer.Ordinal);
    private readonly List<FieldEntry> _fieldEntries = [];
    private int _documentCount;

    /// <summary>Adds one document: its ref and one text per field (null or empty when the field is absent).</summary>
    public void Add(string reference, IReadOnlyList<string?> values)
    {
        _documentCount++;
        for (var field = 0; field < fields.Count; field++)
        {
            var terms = _pipeline.RunText(values[field]);
            var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var term in terms)
            {
                frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
                if (!_invertedIndex.TryGetValue(term, out var posting))
                    _invertedIndex[term] = posting = new Posting(_invertedIndex.Count, fields.Count);
                var documents = posting.Documents[field];
                if (documents.Count == 0 || documents[^1] != reference) documents.Add(reference);
            }
            _fieldEntries.Add(new FieldEntry(reference, field, terms.Count, frequencies));
        }
    }

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("version", "2.3.9");
        writer.WriteStartArray("fields");
        foreach (var field in fields) writer.WriteStringValue(field.Name);
        writer.WriteEndArray();

        writer.WriteStartArray("fieldVectors");
        var averages = AverageFieldLengths();
        var idfCache = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entry in _fieldEntries)
        {
            var vector = new List<KeyValuePair<int, double>>(entry.Frequencies.Count);
            foreach (var (term, tf) in entry.Frequencies)
            {
                var posting = _invertedIndex[term];
                if (!idfCache.TryGetValue(term, out var idf)) idfCache[term] = idf = Idf(posting);
                var score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (entry.Length / averages[entry.Field])) + tf);
                score *= fields[entry.Field].Boost;
                vector.Add(new(posting.Index, Math.Floor(score * 1000 + 0.5) / 1000)); // Math.round(score * 1000) / 1000
            }
            vector.Sort((a, b) => a.Key.CompareTo(b.Key)); // each term once per vector: indexes are distinct
            writer.WriteStartArray();
            writer.WriteStringValue(fields[entry.Field].Name + "/" + entry.Reference);
            writer.WriteStartArray();
            foreach (var (index, score) in vector)
            {
                writer.WriteNumberValue(index);
                writer.WriteNumberValue(score);
            }
            writer.WriteEndArray();
            writer.WriteEndArray();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("invertedIndex");
        foreach (var (term, posting) in _invertedIndex.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(term);
            writer.WriteStartObject();
            writer.WriteNumber("_index", posting.Index);
            for (var field = 0; field < fields.Count; field++)
            {
                writer.WriteStartObject(fields[field].Name);
                foreach (var reference in posting.Documents[field])
                {
                    writer.WriteStartObject(reference);
                    writer.WriteEndObject();
                }
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
            writer.WriteEndArray();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("pipeline");
        foreach (var name in FrenchPipeline.SearchFunctions) writer.WriteStringValue(name);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>lunr.idf: a document counts once per field the term occurs in.</summary>
    private double Idf(Posting posting)
    {
        var documentsWithTerm = posting.Documents.Sum(d => d.Count);
        var x = (_documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return Math.Log(1 + Math.Abs(x));
    }

    private double[] AverageFieldLengths()
    {
        var sums = new double[fields.Count];
        var counts = new int[fields.Count];
        foreach (var entry in _fieldEntries)
        {
            sums[entry.Field] += entry.Length;
            counts[entry.Field]++;
        }
        return [.. sums.Select((sum, i) => sum / counts[i])];
    }

    private sealed record FieldEntry(string Reference, int Field, int Length, Dictionary<string, int> Frequencies);

    private sealed class Posting(int index, int fieldCount)
    {
        public int Index { get; } = index;
        public List<string>[] Documents { get; } = [.. Enumerable.Range(0, fieldCount).Select(_ => new List<string>())];
    }
}
