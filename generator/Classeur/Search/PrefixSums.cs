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
        _sections.Sort((a, b) => a.Fiche != b.Fiche ? a.Fiche.CompareTo(b.Fiche) : a.Section.CompareTo(b.Section));
        // Sections of one fiche and number summed: (fiche, section, weight), each pair once.
        var merged = new List<(int Fiche, int Section, int Weight)>(_sections.Count);
        foreach (var s in _sections)
        {
            if (merged.Count > 0 && merged[^1].Fiche == s.Fiche && merged[^1].Section == s.Section) merged[^1] = (s.Fiche, s.Section, merged[^1].Weight + s.Weight);
            else merged.Add(s);
        }
        // Per touched fiche (in order): where its sections start in merged, and its score.
        var hits = new (int Fiche, int Start, int End, int Score)[_touched.Count];
        var at = 0;
        for (var i = 0; i < hits.Length; i++)
        {
            var fiche = _touched[i];
            var (start, best) = (at, _whole[fiche]);
            for (; at < merged.Count && merged[at].Fiche == fiche; at++) best = Math.Max(best, merged[at].Weight);
            hits[i] = (fiche, start, at, best);
        }
        var ranked = new int[hits.Length];
        for (var i = 0; i < ranked.Length; i++) ranked[i] = i;
        Array.Sort(ranked, (a, b) => hits[a].Score != hits[b].Score ? hits[b].Score.CompareTo(hits[a].Score) : a.CompareTo(b));
        var kept = Math.Min(top, ranked.Length);
        Array.Sort(ranked, 0, kept);
        var numbers = new List<int> { complete && hits.Length <= top ? 1 : 0 };
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
