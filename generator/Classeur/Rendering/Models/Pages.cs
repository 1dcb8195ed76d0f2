namespace Classeur.Rendering.Models;

// One model per kind of page: what its template (templates/<name>.hbs) reads at its root.

/// <summary>layout.hbs: every page's frame, around the content its own template rendered.</summary>
internal sealed class LayoutPage(PageCommon common, string pageTitle, string description, HtmlSlot content, bool isHome, bool noindex, string? editionLine)
    : PageModel(common)
{
    public string PageTitle => pageTitle;

    public string Description => description;

    public HtmlSlot Content => content;

    public bool IsHome => isHome;

    public bool Noindex => noindex;

    public string? EditionLine => editionLine;
}

/// <summary>home.hbs: the sommaire.</summary>
internal sealed class HomePage(PageCommon common, IReadOnlyList<SommairePart> parts, FicheLink? keywordIndex) : PageModel(common)
{
    public IReadOnlyList<SommairePart> Parts => parts;

    public FicheLink? KeywordIndex => keywordIndex;
}

/// <summary>repere.hbs, methode.hbs, experience.hbs, page.hbs, page-&lt;id&gt;.hbs…: one fiche.</summary>
internal sealed class FichePage(PageCommon common, FicheView fiche, PdfLink? pdf, LibraryView library,
    IReadOnlyList<KeywordIndexEntry>? keywordIndex, IReadOnlyList<BibliographySection>? bibliography) : PageModel(common)
{
    public FicheView Fiche => fiche;

    public PdfLink? Pdf => pdf;

    public LibraryView Library => library;

    /// <summary>The index page's keywords (page-index.hbs), else null.</summary>
    public IReadOnlyList<KeywordIndexEntry>? KeywordIndex => keywordIndex;

    /// <summary>The bibliography page's sections (page-bibliographie.hbs), else null.</summary>
    public IReadOnlyList<BibliographySection>? Bibliography => bibliography;
}

/// <summary>keyword.hbs: one keyword's page.</summary>
internal sealed class KeywordPage(PageCommon common, KeywordView keyword) : PageModel(common)
{
    public KeywordView Keyword => keyword;
}

/// <summary>imprimer.hbs: the PDFs to print.</summary>
internal sealed class PrintPage(PageCommon common, PrintView print) : PageModel(common)
{
    public PrintView Print => print;
}

/// <summary>bibliotheque.hbs: the library's resources and the cases drawn from them.</summary>
internal sealed class LibraryPage(PageCommon common, IReadOnlyList<FicheLink> resources, IReadOnlyList<FicheLink> unlistedCases) : PageModel(common)
{
    public IReadOnlyList<FicheLink> Resources => resources;

    public IReadOnlyList<FicheLink> UnlistedCases => unlistedCases;
}

/// <summary>glossaire.hbs: the acronyms, sorted, and by letter.</summary>
internal sealed class GlossaryPage(PageCommon common, IReadOnlyList<GlossaryTerm> terms, IReadOnlyList<GlossaryLetter> letters,
    IReadOnlyList<GlossaryGroup> groups) : PageModel(common)
{
    public IReadOnlyList<GlossaryTerm> Terms => terms;

    public IReadOnlyList<GlossaryLetter> Letters => letters;

    public IReadOnlyList<GlossaryGroup> Groups => groups;
}

/// <summary>territoires.hbs.</summary>
internal sealed class TerritoriesPage(PageCommon common, TerritoriesView territories) : PageModel(common)
{
    public TerritoriesView Territories => territories;
}

/// <summary>graphe.hbs.</summary>
internal sealed class GraphPage(PageCommon common, GraphView graph) : PageModel(common)
{
    public GraphView Graph => graph;
}

/// <summary>rapport.hbs: the editorial report, for the federation's staff.</summary>
internal sealed class ReportPage(PageCommon common, IReadOnlyList<ReportSection> sections) : PageModel(common)
{
    public IReadOnlyList<ReportSection> Sections => sections;
}
