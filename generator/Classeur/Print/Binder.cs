using Classeur.Model;

using Classeur.Rendering;

namespace Classeur.Print;

/// <summary>
/// One binder to print: a cover, a table of contents, then its fiches in the manual's order, each
/// part and section opened by a divider. <paramref name="Slug"/> names the PDF (classeur-partie-i.pdf);
/// <see cref="Before"/> and <see cref="After"/> are the manual's pages around the parts
/// (édito, introduction; bibliographie, index), printed only in the whole-manual binder.
/// </summary>
internal sealed record Binder(string Slug, string Title, IReadOnlyList<Fiche> Fiches)
{
    public IReadOnlyList<Fiche> Before { get; init; } = [];
    public IReadOnlyList<Fiche> After { get; init; } = [];

    /// <summary>
    /// An update since a printed edition (`print --depuis`): the cover sheet lists the fiches to replace,
    /// add and take out, with the page of each; no table of contents nor dividers, the binder has them.
    /// </summary>
    public Editions.EditionChanges? Update { get; init; }

    /// <summary>What a selection holds, said on its cover (« Mot clef : Coopération »); empty for the manual and its parts.</summary>
    public IReadOnlyList<string> Criteria { get; init; } = [];

    /// <summary>
    /// Composed within the whole manual rather than on its own: its PDF is its cover and contents, then
    /// the whole manual's pages of its fiches (with the whole manual's page numbers).
    /// </summary>
    public bool IsExtract { get; init; }

    /// <summary>Where the PDF goes, relative to the output folder.</summary>
    public string RelativePath => $"{FichePdfs.Folder}/{Slug}.pdf";

    /// <summary>Everything the binder holds, in printed order.</summary>
    public IEnumerable<Fiche> AllFiches => Before.Concat(Fiches).Concat(After);
}
