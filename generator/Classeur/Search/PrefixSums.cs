namespace Classeur.Search;

/// <summary>
/// What a prefix typed as far as a split prefix finds (<see cref="SearchIndexBuilder"/>): the top tiers of
/// the terms under it, summed per fiche and section. Sums in arrays indexed by fiche, reused from prefix to
/// prefix: a dictionary of sorted dictionaries per prefix was a fifth of the index's garbage at ×100.
/// </summary>
internal sealed class PrefixSums(int fiches)
{
    private readonly int[] _whole = new int[fiches];
    private readonly int[] _round = new int[fiches];
    private readonly List<int> _touched = [];
    private readonly List<(int Fiche, int Section, int Weight)> _sections = [];
    private int _current;

    // The working arrays of Numbers, kept from prefix to prefix (a few thousand at ×100): a prefix under which
    // many terms fall has some 100,000 sections, and new arrays each time were fresh memory to clear.
    private long[] _keys = [];
    private int[] _weights = [];
    private readonly List<(int Fiche, int Section, int Weight)> _merged = [];
    private (int Fiche, int Start, int End, int Score)[] _hits = [];

    /// <summary>Starts a new prefix.</summary>
    public void Clear()
    {
        _current++;
        _touched.Clear();
        _sections.Clear();
    }

    public void Add(TermHits set, int hit, int end)
    {
        var (fiche, whole, _, _) = set.Hits[hit];
        if (_round[fiche] != _current)
        {
            (_round[fiche], _whole[fiche]) = (_current, 0);
            _touched.Add(fiche);
        }
        _whole[fiche] += whole;
        set.AddSections(hit, end, _sections);
    }

    /// <summary>
    /// The numbers of the prefix's file: whether that is all of them (<paramref name="complete"/> and they fit
    /// in a tier), then the best <paramref name="top"/> fiches in the manual's order, each as a term's hit is written.
    /// </summary>
    public List<int> Numbers(bool complete, int top)
    {
        _touched.Sort();
        // By fiche then section, as one 64-bit key each (weights carried along): equal keys are summed, so their order does not matter.
        var count = _sections.Count;
        if (_keys.Length < count) (_keys, _weights) = (new long[Math.Max(count, 2 * _keys.Length)], new int[Math.Max(count, 2 * _keys.Length)]);
        var (keys, weights) = (_keys, _weights);
        for (var i = 0; i < count; i++) (keys[i], weights[i]) = (((long)_sections[i].Fiche << 32) | (uint)_sections[i].Section, _sections[i].Weight);
        Array.Sort(keys, weights, 0, count);
        // Sections of one fiche and number summed: (fiche, section, weight), each pair once.
        var merged = _merged;
        merged.Clear();
        for (var i = 0; i < count; i++)
        {
            var (fiche, section) = ((int)(keys[i] >> 32), (int)(keys[i] & 0xFFFF_FFFF));
            if (merged.Count > 0 && merged[^1].Fiche == fiche && merged[^1].Section == section) merged[^1] = (fiche, section, merged[^1].Weight + weights[i]);
            else merged.Add((fiche, section, weights[i]));
        }
        // Per touched fiche (in order): where its sections start in merged, and its score.
        if (_hits.Length < _touched.Count) _hits = new (int, int, int, int)[Math.Max(_touched.Count, 2 * _hits.Length)];
        var (hits, touched) = (_hits, _touched.Count);
        var at = 0;
        for (var i = 0; i < touched; i++)
        {
            var fiche = _touched[i];
            var (start, best) = (at, _whole[fiche]);
            for (; at < merged.Count && merged[at].Fiche == fiche; at++) best = Math.Max(best, merged[at].Weight);
            hits[i] = (fiche, start, at, best);
        }
        var ranked = Ranking.ByTier(Ranking.Best(touched, i => hits[i].Score), top, int.MaxValue);
        var kept = Math.Min(top, ranked.Length);
        var numbers = new List<int> { complete && touched <= top ? 1 : 0 };
        var previous = 0;
        for (var k = 0; k < kept; k++)
        {
            var (fiche, start, end, _) = hits[ranked[k]];
            numbers.Add(fiche - previous);
            numbers.Add(_whole[fiche]);
            numbers.Add(end - start);
            for (var s = start; s < end; s++)
            {
                numbers.Add(merged[s].Section);
                numbers.Add(merged[s].Weight);
            }
            previous = fiche;
        }
        return numbers;
    }
}
