namespace Classeur.Search;

/// <summary>
/// The weight of each term in each search document, as lunr.js 2.3.9 scored it: BM25 per field
/// (k1 1.2, b 0.75, lunr's idf where a document counts once per field the term occurs in), each field's
/// score rounded to 3 decimals and multiplied by the field's boost, then summed over the fields. A
/// query's score for a document is the sum of its terms' weights times their query boosts, which is
/// lunr's ranking without its index: the browser never computes a weight, it adds them.
/// Fiches are read in parallel, each thread with its own pipeline; the result does not depend on it.
/// Terms are numbered as they are met (<see cref="TermTable"/>) and counted in arrays: at ×100 the manual has
/// millions of (document, term) pairs, and a string-keyed dictionary per document and field made the
/// index a third of the build.
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
    private readonly List<TermCounter> _counters = [];
    private readonly TermTable _terms = new();

    private Bm25Weights(IReadOnlyList<SearchField> fields) => _fields = fields;

    /// <summary>The terms by number (the order the threads met them in, which nothing written may follow).</summary>
    public IReadOnlyList<string> Terms { get; private set; } = [];

    /// <summary>
    /// Per term number t, its postings are <see cref="Documents"/> and <see cref="Weights"/> from Starts[t] to
    /// Starts[t + 1]: the documents (by position, in order) that hold it and its weight there. Three flat
    /// arrays, not a list per term: at ×100 there are millions of postings, and the collector copied them.
    /// </summary>
    public int[] Starts { get; private set; } = [0];

    public int[] Documents { get; private set; } = [];

    public int[] Weights { get; private set; } = [];

    /// <summary>How many documents hold the term (0 for a term of no document).</summary>
    public int DocumentsOf(string term) => _terms.TryGet(term, out var id) ? Starts[id + 1] - Starts[id] : 0;

    /// <summary>
    /// The unrounded sum of field scores, per document and term: what the compatibility test compares with
    /// lunr.js. Kept only when asked: it is the size of the whole index.
    /// </summary>
    public List<Dictionary<string, double>> Exact { get; } = [];

    /// <summary>
    /// Every distinct token of the documents, lower case, with its term (stop words left out), in no set order
    /// and some more than once (each thread met it): for a reader whose result depends on neither.
    /// </summary>
    public IEnumerable<(string Token, string Term)> Seen() => _counters.SelectMany(c => c.Seen);

    /// <param name="cancel">A preview's, when a newer save makes the index useless: the loops stop early.</param>
    public static Bm25Weights Compute(IReadOnlyList<SearchDocument> documents, IReadOnlyList<SearchField> fields, bool keepExact = false, CancellationToken cancel = default) =>
        Compute(DocumentGroups.Of(documents), null, fields, keepExact, cancel);

    /// <summary>
    /// The weights of documents made group by group (a fiche's: itself, then its sections) by <paramref name="groups"/>,
    /// in parallel; <paramref name="read"/>, if given, sees each group once its terms are counted. A build makes a
    /// fiche's texts here and lets them go at once (it writes what results show in <paramref name="read"/>): held
    /// for the whole index, at ×100 they were a second copy of the manual that the collector copied from generation
    /// to generation.
    /// </summary>
    internal static Bm25Weights Compute(DocumentGroups groups, Action<int, IReadOnlyList<SearchDocument>>? read,
        IReadOnlyList<SearchField> fields, bool keepExact = false, CancellationToken cancel = default)
    {
        var weights = new Bm25Weights(fields);
        var groupCount = groups.Count;
        var counted = new TermCounts[groupCount][][];
        // One counter per thread for the whole loop: Parallel.For calls a local init each time it starts a worker
        // again (every few hundred milliseconds), and a new counter would meet every word anew.
        // Each counter numbers the terms it meets itself, so that threads share no lock while they read: the
        // numbers are made the table's afterwards. A shared table's lock, taken on every new word, made threads
        // wait on one another when the machine is busy (a holder descheduled, the others spinning).
        var made = 0;
        using var counters = new ThreadLocal<TermCounter>(() => new TermCounter(Interlocked.Increment(ref made) - 1), trackAllValues: true);
        var counterOf = new int[groupCount];
        Parallel.For(0, groupCount, new ParallelOptions { CancellationToken = cancel }, g =>
        {
            var counter = counters.Value!;
            counterOf[g] = counter.Index;
            var documents = groups.At(g);
            var group = new TermCounts[documents.Count][];
            for (var d = 0; d < documents.Count; d++)
            {
                var perField = new TermCounts[fields.Count];
                var whole = documents[d].Section is null;
                for (var f = 0; f < fields.Count; f++) perField[f] = counter.Read(f == TextField && whole ? documents[d].Text : documents[d].Values[f]);
                group[d] = perField;
            }
            // A fiche's body is its text before the first section then theirs (SearchDocuments): each text is read
            // once, and the fiche's counts are theirs added up.
            if (documents.Count > 1 && documents[0].Section is null)
            {
                for (var d = 0; d < documents.Count; d++) counter.Add(group[d][TextField]);
                group[0][TextField] = counter.Take();
            }
            counted[g] = group;
            read?.Invoke(g, documents);
        });
        weights._counters.AddRange(counters.Values.OrderBy(c => c.Index));
        var numbers = weights._counters.Select(c => c.Terms.Select(weights._terms.Id).ToArray()).ToArray();
        Parallel.For(0, groupCount, new ParallelOptions { CancellationToken = cancel }, g =>
        {
            var number = numbers[counterOf[g]];
            foreach (var document in counted[g])
            {
                foreach (var counts in document)
                {
                    var ids = counts.Ids;
                    for (var i = 0; i < ids.Length; i++) ids[i] = number[ids[i]];
                }
            }
        });
        weights.Score([.. counted.SelectMany(g => g)], keepExact, cancel);
        return weights;
    }

    private void Score(TermCounts[][] documents, bool keepExact, CancellationToken cancel)
    {
        var terms = _terms.Snapshot();
        // lunr.idf: the number of (document, field) pairs that hold the term. Counted by chunks of documents on
        // every core, then added up: integers, so the order of the sums does not change them.
        var chunks = Chunks(documents.Length);
        var chunkPairs = new int[chunks.Length][];
        var chunkLengths = new long[chunks.Length][];
        Parallel.For(0, chunks.Length, new ParallelOptions { CancellationToken = cancel }, c =>
        {
            var (pairsOf, lengths) = (new int[terms.Count], new long[_fields.Count]);
            for (var d = chunks[c].Start; d < chunks[c].End; d++)
            {
                for (var f = 0; f < _fields.Count; f++)
                {
                    lengths[f] += documents[d][f].Length;
                    foreach (var id in documents[d][f].Ids) pairsOf[id]++;
                }
            }
            (chunkPairs[c], chunkLengths[c]) = (pairsOf, lengths);
        });
        var pairs = new int[terms.Count];
        var sums = new double[_fields.Count];
        for (var c = 0; c < chunks.Length; c++)
        {
            for (var t = 0; t < pairs.Length; t++) pairs[t] += chunkPairs[c][t];
            for (var f = 0; f < sums.Length; f++) sums[f] += chunkLengths[c][f];
        }
        var averages = sums.Select(s => s / documents.Length).ToArray();
        var idf = pairs.Select(p => Math.Log(1 + Math.Abs((documents.Length - p + 0.5) / (p + 0.5)))).ToArray();

        // Each chunk scores its documents one after the other into two flat arrays (terms, weights), each
        // document's from where the previous one's end (ends[d], within the chunk): an array pair per document
        // was tens of thousands of objects for the collector to copy.
        var ends = new int[documents.Length];
        var chunkIds = new int[chunks.Length][];
        var chunkWeights = new int[chunks.Length][];
        var exact = keepExact ? new Dictionary<string, double>[documents.Length] : null;
        Parallel.For(0, chunks.Length, new ParallelOptions { CancellationToken = cancel }, c =>
        {
            var (first, last) = chunks[c];
            var bound = 0;
            for (var d = first; d < last; d++)
            {
                foreach (var counts in documents[d]) bound += counts.Count;
            }
            var (idsOf, weightsOf) = (new int[bound], new int[bound]);
            var (scores, met, order) = (new double[terms.Count], new int[terms.Count], new List<int>());
            var used = 0;
            for (var d = first; d < last; d++)
            {
                // A chunk is a quarter of the manual on two cores: a preview's superseded index stops at the next document.
                cancel.ThrowIfCancellationRequested();
                // Ids in the order first met, field after field: the order lunr's field vectors add up in.
                order.Clear();
                for (var f = 0; f < _fields.Count; f++)
                {
                    var counts = documents[d][f];
                    var ids = counts.Ids;
                    var frequencies = counts.Frequencies;
                    var length = counts.Length;
                    for (var i = 0; i < ids.Length; i++)
                    {
                        var id = ids[i];
                        var tf = frequencies[i];
                        var score = idf[id] * ((K1 + 1) * tf) / (K1 * (1 - B + B * (length / averages[f])) + tf);
                        score = Math.Floor(score * _fields[f].Boost * 1000 + 0.5) / 1000; // lunr: Math.round(score * boost * 1000) / 1000
                        if (met[id] != d + 1)
                        {
                            met[id] = d + 1;
                            scores[id] = 0;
                            order.Add(id);
                        }
                        scores[id] += score;
                    }
                }
                if (exact is not null) exact[d] = new Dictionary<string, double>(order.Count, StringComparer.Ordinal);
                foreach (var id in order)
                {
                    var score = scores[id];
                    (idsOf[used], weightsOf[used]) = (id, Math.Max(1, (int)Math.Round(score * Scale, MidpointRounding.AwayFromZero)));
                    used++;
                    exact?[d].Add(terms[id], score);
                }
                ends[d] = used;
            }
            (chunkIds[c], chunkWeights[c]) = (idsOf, weightsOf);
        });
        // In document order, so that each term's postings are in order too: each chunk counts its postings per
        // term, a chunk's postings of a term go after the earlier chunks' ones, and every chunk places its own
        // on its core.
        var perChunk = new int[chunks.Length][];
        Parallel.For(0, chunks.Length, new ParallelOptions { CancellationToken = cancel }, c =>
        {
            var counts = new int[terms.Count];
            var end = chunks[c].End > chunks[c].Start ? ends[chunks[c].End - 1] : 0;
            foreach (var id in chunkIds[c].AsSpan(0, end)) counts[id]++;
            perChunk[c] = counts;
        });
        var starts = new int[terms.Count + 1];
        for (var t = 0; t < terms.Count; t++)
        {
            var at = starts[t];
            for (var c = 0; c < chunks.Length; c++) (perChunk[c][t], at) = (at, at + perChunk[c][t]);
            starts[t + 1] = at;
        }
        var (postedDocuments, postedWeights) = (new int[starts[^1]], new int[starts[^1]]);
        Parallel.For(0, chunks.Length, new ParallelOptions { CancellationToken = cancel }, c =>
        {
            var (next, ids, weightsOf) = (perChunk[c], chunkIds[c], chunkWeights[c]);
            var i = 0;
            for (var d = chunks[c].Start; d < chunks[c].End; d++)
            {
                for (; i < ends[d]; i++)
                {
                    var at = next[ids[i]]++;
                    postedDocuments[at] = d;
                    postedWeights[at] = weightsOf[i];
                }
            }
        });
        if (exact is not null) Exact.AddRange(exact);
        (Terms, Starts, Documents, Weights) = (terms, starts, postedDocuments, postedWeights);
    }

    /// <summary>Documents cut into a few contiguous chunks, two per core, for the passes that need them in order.</summary>
    private static (int Start, int End)[] Chunks(int count)
    {
        var n = Math.Max(1, Math.Min(count, 2 * Environment.ProcessorCount));
        return [.. Enumerable.Range(0, n).Select(c => ((int)((long)count * c / n), (int)((long)count * (c + 1) / n)))];
    }
}
