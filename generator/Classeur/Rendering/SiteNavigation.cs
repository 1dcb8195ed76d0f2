using Classeur.Configuration;
using Classeur.Linking;
using Classeur.Model;
using Classeur.Rendering.Models;

namespace Classeur.Rendering;

/// <summary>
/// The header's ways in, on every page: the sommaire, the keyword index, the territories, the graph,
/// the library, the glossary and the print page. Each lists the pages of its kind, so that every page
/// of the site is at most two clicks away from any other. A way that the manual lacks (no index page,
/// no library, no glossary) is left out.
/// </summary>
internal sealed class SiteNavigation(Manual manual, SiteConfig config)
{
    private readonly List<(string Url, string Label)> _ways = Ways(manual);

    private static List<(string, string)> Ways(Manual manual)
    {
        var ways = new List<(string, string)> { ("index.html", "sommaire") };
        if (manual.Find("index") is { Type: FicheType.Page } index) ways.Add((index.Url, "nav_mots_cles"));
        ways.Add((TerritoriesViewModel.Url, "nav_territoires"));
        ways.Add((GraphViewModel.Url, "nav_graphe"));
        if (manual.Fiches.Any(f => FicheTypes.IsLibrary(f.Type))) ways.Add((LibraryViewModels.LibraryUrl, "bibliotheque"));
        if (manual.Glossary.Count > 0) ways.Add((GlossaryMarker.GlossaryUrl, "nav_glossaire"));
        ways.Add((PrintPageModel.Page, "nav_imprimer"));
        return ways;
    }

    /// <summary>The ways in as seen from <paramref name="page"/>: relative URLs, the current one marked.</summary>
    public List<NavigationLink> For(string page) =>
        _ways.Select(w => new NavigationLink(SiteUrls.Relative(page, w.Url), config.Label(w.Label), w.Url == page)).ToList();
}
