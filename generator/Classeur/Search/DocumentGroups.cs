using Classeur.Configuration;
using Classeur.Model;

namespace Classeur.Search;

/// <summary>
/// The documents of the index, group by group (a fiche's: itself, then its sections), each group made when
/// asked for: a build makes a fiche's texts, reads them and lets them go (<see cref="Bm25Weights"/>).
/// </summary>
internal sealed record DocumentGroups(int Count, Func<int, IReadOnlyList<SearchDocument>> At)
{
    /// <summary>The manual's fiches, one group each, in the manual's order.</summary>
    public static DocumentGroups Of(Manual manual, SiteConfig config) =>
        new(manual.Fiches.Count, f => SearchDocuments.Of(manual.Fiches[f], manual, config));

    /// <summary>Documents already made, cut where a fiche's own document starts a group (the first starts one too).</summary>
    public static DocumentGroups Of(IReadOnlyList<SearchDocument> documents)
    {
        var starts = new List<int>();
        for (var d = 0; d < documents.Count; d++)
        {
            if (d == 0 || documents[d].Section is null) starts.Add(d);
        }
        starts.Add(documents.Count);
        return new DocumentGroups(starts.Count - 1, g => [.. Enumerable.Range(starts[g], starts[g + 1] - starts[g]).Select(d => documents[d])]);
    }
}
