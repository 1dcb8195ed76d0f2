using System.Globalization;
using Classeur.Configuration;
using Classeur.Linking;
using Classeur.Rendering.Models;

namespace Classeur.Rendering;

/// <summary>
/// The models of the print page (imprimer/index.html) and of each fiche's link to its PDF. The build
/// knows the PDFs only when `classeur print` hands them over (it prints, then builds the site again
/// with them); a plain build has none, and the page then says how to make them.
/// </summary>
internal sealed class PrintPageModel(SiteConfig config, IReadOnlyList<PrintedPdf> printed)
{
    public const string Page = FichePdfs.Folder + "/index.html";

    private readonly Dictionary<string, PrintedPdf> _byPath = printed.ToDictionary(p => p.RelativePath, StringComparer.Ordinal);

    public PrintView Model(Editions.EditionChanges? changes = null) => new(
        printed.Where(p => !IsFiche(p)).Select(p => Entry(p, Page)).ToList(),
        printed.Where(IsFiche).Select(p => Entry(p, Page)).ToList(),
        printed.Count > 0,
        config.Label("imprimer"),
        changes is null ? null : Update(changes));

    /// <summary>The fiches to reprint since the latest tagged edition, and the command that prints them.</summary>
    private static PrintUpdate Update(Editions.EditionChanges changes) => new(
        changes.Edition.Description,
        changes.IsEmpty,
        changes.Changed.Select(Printed).ToList(),
        changes.Added.Select(Printed).ToList(),
        changes.Removed.Select(f => f.Citation).ToList(),
        "classeur print --depuis " + changes.Edition.Name);

    private static PrintedFicheLink Printed(Model.Fiche fiche) => new(fiche.CitationText, SiteUrls.Relative(Page, fiche.Url));

    /// <summary>The link from a fiche's page to its own PDF, or null when it was not printed.</summary>
    public PdfLink? ForFiche(Model.Fiche fiche) =>
        _byPath.TryGetValue(FichePdfs.RelativePath(fiche), out var pdf) ? Entry(pdf, fiche.Url) : null;

    private static bool IsFiche(PrintedPdf pdf) => pdf.RelativePath.StartsWith(FichePdfs.Folder + "/fiche-", StringComparison.Ordinal);

    private static PdfLink Entry(PrintedPdf pdf, string fromPage) => new(
        pdf.Title,
        SiteUrls.Relative(fromPage, pdf.RelativePath),
        pdf.Pages.ToString(CultureInfo.InvariantCulture) + (pdf.Pages > 1 ? " pages" : " page"),
        Size(pdf.Bytes));

    /// <summary>« 220 ko », « 5,6 Mo »: French units and decimal comma.</summary>
    public static string Size(long bytes) => bytes < 1_000_000
        ? Math.Max(1, (int)Math.Round(bytes / 1000.0)).ToString(CultureInfo.InvariantCulture) + " ko"
        : (bytes / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',') + " Mo";
}
