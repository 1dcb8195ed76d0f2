using System.Collections.Concurrent;

namespace Classeur.Search;

/// <summary>
/// The weight of each term in each search document, as lunr.js 2.3.9 scored it: BM25 per field
/// (k1 1.2, b 0.75, lunr's idf where a document counts once per field the term occurs in), each field's
/// score rounded to 3 decimals and multiplied by the field's boost, then summed over the fields. A
/// query's score for a document is the sum of its terms' weights times their query boosts, which is
/// lunr's ranking without its index: the browser never computes a weight, it adds them.
/// Documents are read in parallel, each thread with its own pipeline; the result does not depend on it.
/// </summary>
public sealed class Bm25Weights
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>Weights are stored as integers: tenths, never 0 for a term that occurs.</summary>
    public const int Scale = 10;

    /// <summary>The body's field (« texte »), the last of <see cref="SearchDocuments.Fields"/>.</summary>
    private static readonly int TextField = SearchDocuments.Fields.Count - 1;

    private readonly IReadOnlyList<SearchField> _fields;
    private readonly ConcurrentBag<FrenchPipeline> _pipelines = [];
    private (Dictionary<string, int> Frequencies, int Length)[][] _documents = [];

    private Bm25Weights(IReadOnlyList<SearchField> fields) => _fields = fields;

    /// <summary>Per term, the documents (by position, in order) that hold it and its weight there.</summary>
    public Dictionary<string, List<(int Document, int Weight)>> Postings { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// The unrounded sum of field scores, per document and term: what the compatibility test compares with
    /// lunr.js. Kept only when asked: it is the size of the whole index.
    /// </summary>
    public List<Dictionary<string, double>> Exact { get; } = [];

    /// <summary>Every distinct token of the documents, lower case, with its term (stop words left out), in ordinal order.</summary>
    public IEnumerable<(string Token, string Term)> Seen() =>
        _pipelines.SelectMany(p => p.Seen()).DistinctBy(s => s.Token).OrderBy(s => s.Token, StringComparer.Ordinal);

    public static Bm25Weights Compute(IReadOnlyList<SearchDocument> documents, IReadOnlyList<SearchField> fields, bool keepExact = false)
    {
        var weights = new Bm25Weights(fields) { _documents = new (Dictionary<string, int>, int)[documents.Count][] };
        Parallel.For(0, documents.Count, () => new FrenchPipeline(), (d, _, pipeline) =>
        {
            var perField = new (Dictionary<string, int>, int)[fields.Count];
            for (var f = 0; f < fields.Count; f++)
            {
                // A whole fiche's body is its text before the first section then its sections' (SearchDocuments):
                // its counts are theirs added up, read once, with the sections.
                var whole = f == TextField && documents[d].Section is null;
                var terms = pipeline.RunText(whole ? documents[d].Text : documents[d].Values[f]);
                var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var term in terms) frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
                perField[f] = (frequencies, terms.Count);
            }
            weights._documents[d] = perField;
            return pipeline;
        }, weights._pipelines.Add);
        for (var d = 0; d < documents.Count; d++)
        {
            if (documents[d].Section is not null) continue;
            var (frequencies, length) = weights._documents[d][TextField];
            for (var s = d + 1; s < documents.Count && documents[s].Section is not null; s++)
            {
                var (sectionFrequencies, sectionLength) = weights._documents[s][TextField];
                foreach (var (term, count) in sectionFrequencies) frequencies[term] = frequencies.GetValueOrDefault(term) + count;
                length += sectionLength;
            }
            weights._documents[d][TextField] = (frequencies, length);
        }
        weights.Score(keepExact);
        return weights;
    }

    private void Score(bool keepExact)
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
        var averages = sums.Select(s => s / _documents.Length).ToArray();
        var idf = pairs.ToDictionary(p => p.Key, p => Math.Log(1 + Math.Abs((_documents.Length - p.Value + 0.5) / (p.Value + 0.5))), StringComparer.Ordinal);

        var scored = new Dictionary<string, double>[_documents.Length];
        Parallel.For(0, _documents.Length, d =>
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
            scored[d] = scores;
        });
        // In document order, so that each term's list is in order too.
        for (var d = 0; d < scored.Length; d++)
        {
            foreach (var (term, score) in scored[d])
            {
                if (!Postings.TryGetValue(term, out var list)) Postings[term] = list = [];
                list.Add((d, Math.Max(1, (int)Math.Round(score * Scale, MidpointRounding.AwayFromZero))));
            }
            if (keepExact) Exact.Add(scored[d]);
        }
        _documents = [];
    }
}
