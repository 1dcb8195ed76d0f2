using Classeur.Model;

namespace Classeur.Editions;

/// <summary>
/// What a binder printed at <see cref="Edition"/> needs today: the fiches whose printed text changed
/// (to replace), the new ones (to add) and those that no longer exist (to take out).
/// </summary>
public sealed record EditionChanges(EditionBaseline Baseline, IReadOnlyList<Fiche> Changed, IReadOnlyList<Fiche> Added, IReadOnlyList<PrintedFiche> Removed)
{
    public EditionReference Edition => Baseline.Edition;

    /// <summary>The fiches to print, in the manual's order.</summary>
    public IReadOnlyList<Fiche> ToPrint { get; init; } = [];

    public bool IsEmpty => ToPrint.Count == 0 && Removed.Count == 0;

    /// <param name="printable">Today's printed fiches, in the binder's order (<c>Rendering.FichePdfs.Printable</c>).</param>
    /// <param name="textOf">A fiche's printed text today (<c>Print.PaperFiches.Text</c>).</param>
    public static EditionChanges Compare(EditionBaseline baseline, IReadOnlyList<Fiche> printable, Func<Fiche, string> textOf)
    {
        var texts = printable.AsParallel().AsOrdered().Select(f => baseline.Find(f.Id.Value) is null ? null : textOf(f)).ToList();
        var changed = new List<Fiche>();
        var added = new List<Fiche>();
        for (var i = 0; i < printable.Count; i++)
        {
            if (baseline.Find(printable[i].Id.Value) is not { } before) added.Add(printable[i]);
            else if (texts[i] != before.Text) changed.Add(printable[i]);
        }
        var ids = printable.Select(f => f.Id.Value).ToHashSet(StringComparer.Ordinal);
        var removed = baseline.Fiches.Where(f => !ids.Contains(f.Id)).ToList();
        return new EditionChanges(baseline, changed, added, removed)
        {
            ToPrint = printable.Where(f => changed.Contains(f) || added.Contains(f)).ToList(),
        };
    }
}
