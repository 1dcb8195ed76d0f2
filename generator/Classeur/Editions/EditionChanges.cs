using Classeur.Model;
using Classeur.Print;

namespace Classeur.Editions;

/// <summary>
/// What a binder printed at <see cref="Edition"/> needs today: the fiches whose printed text changed
/// (to replace), the new ones (to add) and those that no longer exist (to take out).
/// </summary>
public sealed record EditionChanges(EditionReference Edition, IReadOnlyList<Fiche> Changed, IReadOnlyList<Fiche> Added, IReadOnlyList<PrintedFiche> Removed)
{
    /// <summary>The fiches to print, in the manual's order.</summary>
    public IReadOnlyList<Fiche> ToPrint { get; init; } = [];

    public bool IsEmpty => ToPrint.Count == 0 && Removed.Count == 0;

    /// <param name="pageOf">The built HTML of a page by its URL (from memory or from the output folder).</param>
    public static EditionChanges Compare(EditionBaseline baseline, Manual manual, Func<string, string?> pageOf)
    {
        var printable = FichePdfs.Printable(manual);
        var changed = new List<Fiche>();
        var added = new List<Fiche>();
        foreach (var fiche in printable)
        {
            if (baseline.Find(fiche.Id.Value) is not { } before) added.Add(fiche);
            else if (pageOf(fiche.Url) is { } html && PrintedText.Of(html) != before.Text) changed.Add(fiche);
        }
        var ids = printable.Select(f => f.Id.Value).ToHashSet(StringComparer.Ordinal);
        var removed = baseline.Fiches.Where(f => !ids.Contains(f.Id)).ToList();
        return new EditionChanges(baseline.Edition, changed, added, removed)
        {
            ToPrint = printable.Where(f => changed.Contains(f) || added.Contains(f)).ToList(),
        };
    }
}
