using Classeur.Model;

namespace Classeur.Rendering;

/// <summary>
/// Where `classeur print` puts its PDFs (imprimer/ in the output folder), and which fiches have one
/// of their own (<c>Print.FichePrinting</c> prints them).
/// </summary>
public static class FichePdfs
{
    public const string Folder = "imprimer";

    /// <summary>Where a fiche's PDF goes, relative to the output folder: imprimer/fiche-i-c-2-a.pdf.</summary>
    public static string RelativePath(Fiche fiche) => $"{Folder}/fiche-{fiche.Id.Value.ToLowerInvariant()}.pdf";

    /// <summary>The fiches that have a PDF of their own: every fiche of the three parts, in the manual's order.</summary>
    public static IReadOnlyList<Fiche> Printable(Manual manual) => manual.Fiches.Where(f => f.Type != FicheType.Page && !FicheTypes.IsLibrary(f.Type)).ToList();
}
