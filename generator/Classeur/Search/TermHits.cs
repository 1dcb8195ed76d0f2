namespace Classeur.Search;

/// <summary>
/// Every term's fiches in flat arrays: the hits (<see cref="TermHit"/>), term after term, and the postings
/// they point into (documents and weights), with each document's section (0 for a fiche's own document).
/// </summary>
internal sealed class TermHits(TermHit[] hits, int[] documents, int[] weights, int[] sectionOf)
{
    public TermHit[] Hits => hits;

    /// <summary>A hit's sections, in order: its postings from its start to <paramref name="end"/>, less the fiche's own document.</summary>
    public int SectionCount(int hit, int end)
    {
        var count = 0;
        for (var p = hits[hit].Start; p < end; p++)
        {
            if (sectionOf[documents[p]] > 0) count++;
        }
        return count;
    }

    /// <summary>Fiche (minus the previous one), weight, number of sections, then (section, weight) pairs.</summary>
    public void Write(ref JsonNumbers numbers, int hit, int end, int previousFiche)
    {
        var (fiche, whole, _, start) = hits[hit];
        numbers.Add(fiche - previousFiche);
        numbers.Add(whole);
        numbers.Add(SectionCount(hit, end));
        for (var p = start; p < end; p++)
        {
            if (sectionOf[documents[p]] is var section and > 0)
            {
                numbers.Add(section);
                numbers.Add(weights[p]);
            }
        }
    }

    /// <summary>Appends a hit's sections, with its fiche, to <paramref name="into"/>.</summary>
    public void AddSections(int hit, int end, List<(int Fiche, int Section, int Weight)> into)
    {
        for (var p = hits[hit].Start; p < end; p++)
        {
            if (sectionOf[documents[p]] is var section and > 0) into.Add((hits[hit].Fiche, section, weights[p]));
        }
    }

    /// <summary>A hit's (section, weight) pairs, in order.</summary>
    public IEnumerable<(int Section, int Weight)> Sections(int hit, int end)
    {
        for (var p = hits[hit].Start; p < end; p++)
        {
            if (sectionOf[documents[p]] is var section and > 0) yield return (section, weights[p]);
        }
    }
}
