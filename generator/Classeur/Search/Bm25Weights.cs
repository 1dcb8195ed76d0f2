namespace Classeur.Search;

/// <summary>
/// The weight of each term in each search document, as lunr.js 2.3.9 scored it: BM25 per field
/// (k1 1.2, b 0.75, lunr's idf where a document counts once per field the term occurs in), each field's
/// score rounded to 3 decimals and multiplied by the field's boost, then summed over the fields. A
/// query's score for a document is the sum of its terms' weights times their query boosts, which is
/// lunr's ranking without its index: the browser never computes a weight, it adds them.
/// </summary>
public sealed class Bm25Weights
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>Weights are stored as integers: tenths, never 0 for a term that occurs.</summary>
    public const int Scale = 10;

    private readonly IReadOnlyList<SearchField> _fields;
    private readonly List<(Dictionary<string, int> Frequencies, int Length)[]> _documents = [];

    private Bm25Weights(IReadOnlyList<SearchField> fields) => _fields = fields;

    /// <summary>The pipeline that read the documents, and so knows every word they hold.</summary>
    public FrenchPipeline Pipeline { get; } = new();

    /// <summary>Per term, in order of term, the documents (by position) that hold it and its weight there.</summary>
    public SortedDictionary<string, List<(int Document, int Weight)>> Postings { get; } = new(StringComparer.Ordinal);

    /// <summary>The unrounded sum of field scores, per document and term: what the compatibility test compares with lunr.js.</summary>
    public List<Dictionary<string, double>> Exact { get; } = [];

    public static Bm25Weights Compute(IReadOnlyList<SearchDocument> documents, IReadOnlyList<SearchField> fields)
    {
        var weights = new Bm25Weights(fields);
        var pipeline = weights.Pipeline;
        foreach (var document in documents)
        {
            var perField = new (Dictionary<string, int>, int)[fields.Count];
            for (var f = 0; f < fields.Count; f++)
            {
                var terms = pipeline.RunText(document.Values[f]);
                var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var term in terms) frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
                perField[f] = (frequencies, terms.Count);
            }
            weights._documents.Add(perField);
        }
        weights.Score();
        return weights;
    }

    private void Score()
    {
        // lunr.idf: the number of (document, field) pairs that hold the term.
        var pairs = new Dictionary<string, int>(StringComparer.Ordinal);
        var sums = new double[_fields.Count];
        foreach (var document in _documents)
        {
            for (var f = 0; f < _fields.Count; f++)
            {
                sums[f] += document[f].Length;
                foreach (var term in document[f].Frequencies.Keys) pairs[term] = pairs.GetValueOrDefault(term) + 1;
            }
        }
        var averages = sums.Select(s => s / _documents.Count).ToArray();
        var idf = pairs.ToDictionary(p => p.Key, p => Math.Log(1 + Math.Abs((_documents.Count - p.Value + 0.5) / (p.Value + 0.5))), StringComparer.Ordinal);

        for (var d = 0; d < _documents.Count; d++)
        {
            var scores = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var f = 0; f < _fields.Count; f++)
            {
                var (frequencies, length) = _documents[d][f];
                foreach (var (term, tf) in frequencies)
                {
                    var score = idf[term] * ((K1 + 1) * tf) / (K1 * (1 - B + B * (length / averages[f])) + tf);
                    score = Math.Floor(score * _fields[f].Boost * 1000 + 0.5) / 1000; // lunr: Math.round(score * boost * 1000) / 1000
                    scores[term] = scores.GetValueOrDefault(term) + score;
                }
            }
            foreach (var (term, score) in scores)
            {
                if (!Postings.TryGetValue(term, out var list)) Postings[term] = list = [];
                list.Add((d, Math.Max(1, (int)Math.Round(score * Scale, MidpointRounding.AwayFromZero))));
            }
            Exact.Add(scores);
        }
    }
}
