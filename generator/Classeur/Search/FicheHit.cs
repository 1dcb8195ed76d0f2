namespace Classeur.Search;

/// <summary>
/// A term in one fiche: its weight in the whole fiche's document and in each of the fiche's « ## »
/// sections that hold it (section 1 is the first). A fiche ranks by its best document. The index keeps
/// hits in flat arrays (<see cref="TermHits"/>); this is how tests read them (<see cref="TermPostings.Top"/>).
/// </summary>
public sealed record FicheHit(int Fiche, int Whole, IReadOnlyList<(int Section, int Weight)> Sections)
{
    public int Score { get; } = Best(Whole, Sections);

    private static int Best(int whole, IReadOnlyList<(int Section, int Weight)> sections)
    {
        var best = whole;
        for (var i = 0; i < sections.Count; i++) best = Math.Max(best, sections[i].Weight);
        return best;
    }
}
