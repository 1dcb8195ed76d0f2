using Classeur.Model;

namespace Classeur.Print;

/// <summary>
/// The printed index « Quelques mots clefs »: each keyword with its fiches (their number, a page by its
/// title), the pertinent ones flagged (mots-cles.yml « pertinentes: »), each a link to its page in the
/// binder, where the stylesheet prints the page number.
/// </summary>
internal static class PaperIndex
{
    public static IReadOnlyList<PaperKeyword> Keywords(Manual manual, Func<Fiche, string?> anchorOf) =>
    [
        .. manual.Keywords.Select(keyword =>
        {
            var fiches = manual.WithKeyword(keyword.Id).Where(f => !FicheTypes.IsLibrary(f.Type)).ToList();
            return new PaperKeyword(keyword.Label, keyword.Precision, [.. fiches.Select((f, i) => new PaperIndexEntry(
                f.Type == FicheType.Page ? f.ShortTitle ?? f.Title : f.Id.Value,
                anchorOf(f),
                keyword.Pertinent.Contains(f.Id.Value, StringComparer.Ordinal),
                i == fiches.Count - 1))]);
        }),
    ];
}
