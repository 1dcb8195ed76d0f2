using Classeur.Configuration;
using Classeur.Model;
using Classeur.Rendering;

namespace Classeur.Print;

/// <summary>
/// Which binders `classeur print` makes. The whole manual gives one binder per part and one for
/// everything; a selection gives one binder of its own. Parts come from the manual's fiche types
/// (<see cref="ManualStructure.PartKey"/>), so a new kind of fiche becomes a new binder by naming
/// its part there and in site.yml.
/// </summary>
internal static class BinderPlan
{
    public const string WholeSlug = "classeur-complet";
    public const string SelectionSlug = "classeur-selection";
    public const string UpdateSlug = "classeur-mise-a-jour";

    /// <summary>The binder of `print --depuis`: the fiches to reprint (those of the selection), behind a cover sheet that lists them.</summary>
    public static Binder Update(SiteConfig config, Editions.EditionChanges changes, IReadOnlyList<Fiche> fiches) =>
        new(UpdateSlug, config.Label("mise_a_jour"), fiches) { Update = changes };

    /// <summary>
    /// The whole manual with its parts as extracts of it (composed once), a part alone, or a selection
    /// whose cover says what it holds (<paramref name="criteria"/>); none for a single fiche.
    /// </summary>
    public static IReadOnlyList<Binder> For(Manual manual, SiteConfig config, IReadOnlyList<Fiche> selection, IReadOnlyList<string>? criteria = null)
    {
        var printable = FichePdfs.Printable(manual);
        var parts = Parts(printable).Select(part => PartBinder(config, part)).ToList();
        if (selection.SequenceEqual(printable)) return [Whole(manual, config, printable), .. parts.Select(p => p with { IsExtract = true })];
        // « --partie II » alone is that part's binder, under the same name as when the whole manual is printed.
        var samePart = parts.FirstOrDefault(p => p.Fiches.SequenceEqual(selection));
        // A single fiche is its own PDF: a cover and contents around it would add nothing.
        if (samePart is null && selection.Count == 1) return [];
        return [samePart ?? new Binder(SelectionSlug, config.Label("reliure_selection"), selection) { Criteria = criteria ?? [] }];
    }

    private static Binder PartBinder(SiteConfig config, IGrouping<string, Fiche> part) =>
        new("classeur-partie-" + part.Key.ToLowerInvariant(), ManualStructure.PartTitle(config, part.First().Type), [.. part]);

    /// <summary>The pages before the parts, the parts, then the pages after them with the index last.</summary>
    private static Binder Whole(Manual manual, SiteConfig config, IReadOnlyList<Fiche> printable)
    {
        var before = config.PagesBefore.Select(manual.Find).OfType<Fiche>().ToList();
        var after = config.PagesAfter.Select(manual.Find).OfType<Fiche>()
            .OrderBy(f => f.Id.Value == "index" ? 1 : 0).ToList();
        return new Binder(WholeSlug, config.Label("reliure_complete"), printable) { Before = before, After = after };
    }

    /// <summary>Fiches grouped by part, in the manual's order.</summary>
    public static IEnumerable<IGrouping<string, Fiche>> Parts(IEnumerable<Fiche> fiches) =>
        fiches.GroupBy(f => ManualStructure.PartKey(f.Type));
}
