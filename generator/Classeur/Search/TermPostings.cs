namespace Classeur.Search;

/// <summary>
/// The fiches that hold one term, cut into tiers by score so that a query reads only the best: the first
/// <see cref="SearchLimits.Top"/> fiches are in the term's shard, the rest in « tail » chunks of
/// <see cref="SearchLimits.Tail"/>, loaded only when filters leave too few results. The shard also says how many
/// fiches of each category hold the term, so that the count is exact without the tails.
/// </summary>
public sealed class TermPostings
{
    private TermPostings(string term, IReadOnlyList<FicheHit> hits, IReadOnlyList<SearchCategory> categories, SearchLimits limits)
    {
        var (top, tail) = (limits.Top, limits.Tail);
        Term = term;
        var ranked = hits.ToList();
        ranked.Sort(FicheHit.ByScore);
        foreach (var hit in hits) Counts[(int)categories[hit.Fiche]]++;
        Top = Tier(ranked.GetRange(0, Math.Min(top, ranked.Count)));
        for (var start = top; start < ranked.Count; start += tail) Tails.Add(Tier(ranked.GetRange(start, Math.Min(tail, ranked.Count - start))));
        // The best score a fiche left out of the top tier can have: what a reader of the top tier alone may miss.
        Threshold = ranked.Count > top ? ranked[top].Score : 0;
    }

    public string Term { get; }

    /// <summary>A term held by one fiche only (a fiche's id).</summary>
    public static TermPostings Single(string term, FicheHit hit, IReadOnlyList<SearchCategory> categories) => new(term, [hit], categories, SearchLimits.Default);

    /// <summary>How many fiches hold the term, per <see cref="SearchCategory"/>.</summary>
    public int[] Counts { get; } = new int[SearchCategories.Count];

    public IReadOnlyList<FicheHit> Top { get; }

    public List<IReadOnlyList<FicheHit>> Tails { get; } = [];

    public int Threshold { get; }

    /// <summary>Each tier in the manual's order, so that fiche numbers are written as small differences.</summary>
    private static List<FicheHit> Tier(List<FicheHit> hits)
    {
        hits.Sort((a, b) => a.Fiche.CompareTo(b.Fiche));
        return hits;
    }

    /// <summary>The term as its shard writes it: counts, threshold, number of tails, then the top tier's hits.</summary>
    public List<int> Numbers() => Numbers([.. Counts, Threshold, Tails.Count], Top);

    public static List<int> Numbers(IEnumerable<int> head, IReadOnlyList<FicheHit> hits)
    {
        var numbers = new List<int>(head);
        var previous = 0;
        foreach (var hit in hits)
        {
            hit.WriteTo(numbers, previous);
            previous = hit.Fiche;
        }
        return numbers;
    }

    /// <summary>Groups each term's documents by fiche: documents are numbered fiche by fiche, the fiche's own first.</summary>
    public static List<TermPostings> From(Bm25Weights weights, IReadOnlyList<(int Fiche, int Section)> documents, IReadOnlyList<SearchCategory> categories,
        SearchLimits limits)
    {
        // Terms are independent: grouped in parallel, kept in the postings' order.
        var postings = weights.Postings.ToArray();
        var terms = new TermPostings[postings.Length];
        Parallel.For(0, postings.Length, i => terms[i] = new TermPostings(postings[i].Key, Group(postings[i].Value, documents), categories, limits));
        return [.. terms];
    }

    public static List<FicheHit> Group(IEnumerable<(int Document, int Weight)> postings, IReadOnlyList<(int Fiche, int Section)> documents)
    {
        var hits = new List<FicheHit>();
        int fiche = -1, whole = 0;
        // One list reused, one exact array per hit: a term's hits are counted in millions at ×100.
        var sections = new List<(int, int)>();
        foreach (var (document, weight) in postings)
        {
            var (f, section) = documents[document];
            if (f != fiche)
            {
                if (fiche >= 0) hits.Add(new FicheHit(fiche, whole, sections.Count == 0 ? [] : sections.ToArray()));
                (fiche, whole) = (f, 0);
                sections.Clear();
            }
            if (section == 0) whole += weight;
            else sections.Add((section, weight));
        }
        if (fiche >= 0) hits.Add(new FicheHit(fiche, whole, sections.Count == 0 ? [] : sections.ToArray()));
        return hits;
    }
}
