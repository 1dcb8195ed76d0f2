namespace Classeur.Search;

/// <summary>
/// A term in one fiche: its weight in the whole fiche's document and in each of the fiche's « ## »
/// sections that hold it (section 1 is the first). A fiche ranks by its best document.
/// </summary>
public sealed record FicheHit(int Fiche, int Whole, IReadOnlyList<(int Section, int Weight)> Sections)
{
    public int Score { get; } = Best(Whole, Sections);

    /// <summary>Appends the hit as the index writes it: fiche (minus the previous one), weight, number of sections, then (section, weight) pairs.</summary>
    public void WriteTo(List<int> numbers, int previousFiche)
    {
        numbers.Add(Fiche - previousFiche);
        numbers.Add(Whole);
        numbers.Add(Sections.Count);
        foreach (var (section, weight) in Sections)
        {
            numbers.Add(section);
            numbers.Add(weight);
        }
    }

    private static int Best(int whole, IReadOnlyList<(int Section, int Weight)> sections)
    {
        var best = whole;
        for (var i = 0; i < sections.Count; i++) best = Math.Max(best, sections[i].Weight);
        return best;
    }

    /// <summary>The best first, then in the manual's order: the order in which a term's fiches are cut into tiers.</summary>
    public static int ByScore(FicheHit a, FicheHit b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Fiche.CompareTo(b.Fiche);
}
