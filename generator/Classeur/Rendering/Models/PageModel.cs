namespace Classeur.Rendering.Models;

/// <summary>
/// What every page's template sees besides its own model: the site, its words, the way back to the
/// root and the header's ways in. Each page model derives from it.
/// </summary>
internal abstract class PageModel(PageCommon common) : ITemplateModel
{
    public SiteInfo Site => common.Site;

    public LabelTable Labels => common.Labels;

    /// <summary>The relative way from the page to the site's root (« ../ »).</summary>
    public string Root => common.Root;

    public string? BibliothequeUrl => common.BibliothequeUrl;

    public string? GlossaireUrl => common.GlossaireUrl;

    public IReadOnlyList<NavigationLink> Navigation => common.Navigation;
}
