using System.Text.Json;

namespace Classeur.Search;

/// <summary>
/// The fiches that hold one term, cut into tiers by score so that a query reads only the best: the first
/// <see cref="SearchLimits.Top"/> fiches are in the term's shard, the rest in « tail » chunks of
/// <see cref="SearchLimits.Tail"/>, loaded only when filters leave too few results. The shard also says how many
/// fiches of each category hold the term, so that the count is exact without the tails.
/// The hits stay in the shared arrays of <see cref="TermHits"/>; a term keeps its range of them.
/// </summary>
public sealed class TermPostings
{
    private readonly TermHits _set;
    private readonly int _first;
    private readonly int _count;

    /// <summary>Where the postings of the term's last hit end.</summary>
    private readonly int _end;

    private readonly int _top;
    private readonly int _tail;

    /// <summary>The hits (from 0, the term's first) tier after tier, each in the manual's order; null when one tier holds them all, in order.</summary>
    private readonly int[]? _tiers;

    internal TermPostings(string term, TermHits set, int first, int count, int end, IReadOnlyList<SearchCategory> categories, SearchLimits limits)
    {
        (Term, _set, _first, _count, _end, _top, _tail) = (term, set, first, count, end, limits.Top, limits.Tail);
        var hits = set.Hits;
        for (var i = first; i < first + count; i++) Counts[(int)categories[hits[i].Fiche]]++;
        if (count <= _top) return;
        // The best first, then in the manual's order (a term's hits are in that order: their index says it).
        var ranked = Ranking.Best(count, i => hits[first + i].Score);
        // The best score a fiche left out of the top tier can have: what a reader of the top tier alone may miss.
        Threshold = hits[first + ranked[_top]].Score;
        TailCount = (count - _top + _tail - 1) / _tail;
        _tiers = Ranking.ByTier(ranked, _top, _tail);
    }

    public string Term { get; }

    /// <summary>How many fiches hold the term, per <see cref="SearchCategory"/>.</summary>
    public int[] Counts { get; } = new int[SearchCategories.Count];

    public int Threshold { get; }

    public int TailCount { get; }

    /// <summary>The top tier, for tests (the index writes from the arrays).</summary>
    public IReadOnlyList<FicheHit> Top => Tier(0);

    /// <summary>The tails, for tests.</summary>
    public List<IReadOnlyList<FicheHit>> Tails => [.. Enumerable.Range(1, TailCount).Select(Tier)];

    /// <summary>The term as its shard writes it: counts, threshold, number of tails, then the top tier's hits.</summary>
    internal void WriteShard(Utf8JsonWriter writer) => WriteJson(writer, 0);

    /// <summary>A tail (from 0) as its file writes it: its hits.</summary>
    internal void WriteTail(Utf8JsonWriter writer, int tail) => WriteJson(writer, tail + 1);

    /// <summary>The bytes of <see cref="WriteShard"/>, without writing it.</summary>
    internal long ShardLength()
    {
        var numbers = new JsonNumbers(null);
        WriteTier(ref numbers, 0);
        return numbers.Length;
    }

    /// <summary>Adds the top tier to a split prefix's sums (<see cref="PrefixSums"/>).</summary>
    internal void AddTopTo(PrefixSums sums)
    {
        var (start, end) = Range(0);
        for (var k = start; k < end; k++)
        {
            var hit = Hit(k);
            sums.Add(_set, _first + hit, End(hit));
        }
    }

    private void WriteJson(Utf8JsonWriter writer, int tier)
    {
        writer.WriteStartArray();
        var numbers = new JsonNumbers(writer);
        WriteTier(ref numbers, tier);
        writer.WriteEndArray();
    }

    private void WriteTier(ref JsonNumbers numbers, int tier)
    {
        if (tier == 0)
        {
            foreach (var count in Counts) numbers.Add(count);
            numbers.Add(Threshold);
            numbers.Add(TailCount);
        }
        var (start, end) = Range(tier);
        var previous = 0;
        for (var k = start; k < end; k++)
        {
            var hit = Hit(k);
            _set.Write(ref numbers, _first + hit, End(hit), previous);
            previous = _set.Hits[_first + hit].Fiche;
        }
    }

    private List<FicheHit> Tier(int tier)
    {
        var (start, end) = Range(tier);
        var hits = new List<FicheHit>(end - start);
        for (var k = start; k < end; k++)
        {
            var hit = Hit(k);
            var (fiche, whole, _, _) = _set.Hits[_first + hit];
            hits.Add(new FicheHit(fiche, whole, [.. _set.Sections(_first + hit, End(hit))]));
        }
        return hits;
    }

    /// <summary>The positions (in tier order) of a tier's hits: the top tier first, then each tail.</summary>
    private (int Start, int End) Range(int tier) =>
        tier == 0 ? (0, Math.Min(_top, _count)) : (_top + ((tier - 1) * _tail), Math.Min(_count, _top + (tier * _tail)));

    private int Hit(int position) => _tiers?[position] ?? position;

    /// <summary>Where a hit's postings end: at the next hit's start, or the term's end.</summary>
    private int End(int hit) => hit + 1 < _count ? _set.Hits[_first + hit + 1].Start : _end;

    /// <summary>Groups each term's postings by fiche: documents are numbered fiche by fiche, the fiche's own first.</summary>
    public static List<TermPostings> From(Bm25Weights weights, IReadOnlyList<(int Fiche, int Section)> documents, IReadOnlyList<SearchCategory> categories,
        SearchLimits limits, CancellationToken cancel = default)
    {
        var (starts, posted, postedWeights) = (weights.Starts, weights.Documents, weights.Weights);
        var ficheOf = new int[documents.Count];
        var sectionOf = new int[documents.Count];
        for (var d = 0; d < documents.Count; d++) (ficheOf[d], sectionOf[d]) = documents[d];
        var termCount = weights.Terms.Count;
        // How many fiches each term has (a pass over the postings), then every term's hits in one array.
        var hitStarts = new int[termCount + 1];
        Parallel.For(0, termCount, new ParallelOptions { CancellationToken = cancel }, t =>
        {
            var (count, fiche) = (0, -1);
            for (var p = starts[t]; p < starts[t + 1]; p++)
            {
                if (ficheOf[posted[p]] != fiche) (fiche, count) = (ficheOf[posted[p]], count + 1);
            }
            hitStarts[t + 1] = count;
        });
        for (var t = 0; t < termCount; t++) hitStarts[t + 1] += hitStarts[t];
        var hits = new TermHit[hitStarts[^1]];
        var set = new TermHits(hits, posted, postedWeights, sectionOf);
        var terms = new TermPostings[termCount];
        Parallel.For(0, termCount, new ParallelOptions { CancellationToken = cancel }, t =>
        {
            var at = hitStarts[t];
            int fiche = -1, whole = 0, best = 0, start = 0;
            for (var p = starts[t]; p < starts[t + 1]; p++)
            {
                var f = ficheOf[posted[p]];
                if (f != fiche)
                {
                    if (fiche >= 0) hits[at++] = new TermHit(fiche, whole, Math.Max(whole, best), start);
                    (fiche, whole, best, start) = (f, 0, 0, p);
                }
                if (sectionOf[posted[p]] == 0) whole += postedWeights[p];
                else best = Math.Max(best, postedWeights[p]);
            }
            if (fiche >= 0) hits[at] = new TermHit(fiche, whole, Math.Max(whole, best), start);
            terms[t] = new TermPostings(weights.Terms[t], set, hitStarts[t], hitStarts[t + 1] - hitStarts[t], starts[t + 1], categories, limits);
        });
        return [.. terms];
    }

    /// <summary>Terms held by one fiche each, with weight 1 in its own document and no section (fiches' ids).</summary>
    internal static List<TermPostings> Singles(IReadOnlyList<(string Term, int Fiche)> terms, IReadOnlyList<SearchCategory> categories)
    {
        var set = new TermHits([.. terms.Select(t => new TermHit(t.Fiche, 1, 1, 0))], [], [], []);
        return [.. terms.Select((t, i) => new TermPostings(t.Term, set, i, 1, 0, categories, SearchLimits.Default))];
    }
}
