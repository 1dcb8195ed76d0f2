using System.Text;
using Classeur.Configuration;
using Classeur.Diagnostics;
using Classeur.Linking;
using Classeur.Model;
using Classeur.Rendering.Models;
using Markdig;

namespace Classeur.Rendering;

/// <summary>
/// Renders every page of the site (the sommaire and one page per fiche) from the templates.
/// Fiches render in parallel; the result is keyed by output path, so the order of work never shows.
/// A template that fails (a name its model lacks, an unknown partial) is reported once, where it is
/// written, and the pages it could not render are left out: the build fails and writes nothing.
/// </summary>
internal sealed class PageRenderer(Manual manual, SiteConfig config, TemplateSet templates, MarkdownPipeline pipeline,
    IReadOnlyList<PrintedPdf>? printed = null)
{
    // Rendering the unlinked manual would print [[ID]]s as raw text and no « Cité par »: refused outright.
    private readonly ViewModels _models = manual.IsLinked ? new(manual, config)
        : throw new InvalidOperationException("Les pages se rendent à partir du manuel lié (LinkPhase.Resolve).");
    private readonly PrintPageModel _print = new(config, printed ?? []);
    private readonly IndexViewModels _indexes = new(manual, config);
    private readonly LibraryViewModels _library = new(manual, config);
    private readonly GlossaryMarker _glossary = new(manual.Glossary);
    private readonly SiteNavigation _navigation = new(manual, config);
    private SiteInfo Site => field ??= _models.Site();

    /// <summary>The départements' outlines for « Expériences par territoire » (null: the page lists without a map).</summary>
    public Knowledge.FranceMap? Map { get; init; }

    /// <summary>
    /// In a preview session, the page the previous build wrote at this address, when it cannot have changed
    /// (Build/ManualFace); null: the page is rendered.
    /// </summary>
    public Func<string, string?>? Reuse { get; set; }

    /// <summary>Whether a template failed on some page in RenderAll (those pages are missing).</summary>
    public bool Failed { get; private set; }

    /// <summary>In a preview session, the bodies' HTML of the last build, reused when nothing they show changed.</summary>
    public BodyCache? Bodies { get; init; }

    private readonly UInt128 _glossaryKey = BodyCache.GlossaryKey(manual.Glossary);

    private string Body(Fiche fiche) => Bodies is null
        ? BodyRenderer.Render(fiche, pipeline, _glossary)
        : Bodies.GetOrRender(fiche, _glossaryKey, () => BodyRenderer.Render(fiche, pipeline, _glossary));

    /// <summary>What changed since the latest tagged edition: the print page then lists the fiches to reprint.</summary>
    public Editions.EditionChanges? Changes { get; init; }

    public IReadOnlyDictionary<string, string> RenderAll(DiagnosticBag diagnostics)
    {
        var pages = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        RenderAll(diagnostics, (url, html) => pages[url] = html);
        return pages;
    }

    /// <summary>
    /// Every page, given to <paramref name="rendered"/> as soon as it is rendered (from several threads,
    /// in no set order): a build writes it then, and need not hold the whole site in memory.
    /// </summary>
    public void RenderAll(DiagnosticBag diagnostics, Action<string, string> rendered) => Render(diagnostics, rendered, null);

    /// <summary>
    /// The same, each page handed over in this thread's builder, valid only during the call: a build encodes
    /// it into its file from there, and no page becomes a string.
    /// </summary>
    public void StreamAll(DiagnosticBag diagnostics, Action<string, StringBuilder> rendered) => Render(diagnostics, null, rendered);

    // One builder per thread, kept from page to page at the size of the largest.
    [ThreadStatic]
    private static StringBuilder? t_page;

    private void Render(DiagnosticBag diagnostics, Action<string, string>? rendered, Action<string, StringBuilder>? streamed)
    {
        var failures = new System.Collections.Concurrent.ConcurrentDictionary<(SourceLocation, string), byte>();
        void Page(string url, Action<StringBuilder> render)
        {
            if (rendered is not null && Reuse?.Invoke(url) is { } kept)
            {
                rendered(url, kept);
                return;
            }
            var output = t_page ?? new StringBuilder(64 * 1024);
            t_page = null; // a page rendered inside this one (none today) would get its own
            try
            {
                output.Clear();
                render(output);
                if (streamed is not null) streamed(url, output);
                else rendered!(url, output.ToString());
            }
            catch (TemplateFailure e)
            {
                failures.TryAdd((e.Location, e.Detail), 0);
            }
            finally
            {
                if (output.Capacity <= 1024 * 1024) t_page = output;
            }
        }
        // One queue for every page, taken one at a time by whichever thread is free, the longest first: the
        // whole graph or the home page of a large manual, rendered last, kept one core busy while the
        // other waited (each Parallel.ForEach ended on its slowest page).
        var jobs = new List<(string Url, Action<StringBuilder> Render)>(manual.Fiches.Count + manual.Keywords.Count + 8);
        foreach (var page in new KnowledgePages(manual, config, Map).All())
            jobs.Add((page.Url, o => Layout(o, page.Url, page.Title, templates.Slot(page.Template, page.Model(Common(page.Url))), page.Title, page.NoIndex)));
        jobs.Add(("index.html", RenderHome));
        jobs.Add((PrintPageModel.Page, RenderPrintPage));
        if (HasLibrary) jobs.Add((LibraryViewModels.LibraryUrl, RenderLibraryPage));
        if (manual.Glossary.Count > 0) jobs.Add((GlossaryMarker.GlossaryUrl, RenderGlossary));
        foreach (var fiche in manual.Fiches) jobs.Add((fiche.Url, o => RenderFiche(o, fiche)));
        foreach (var keyword in manual.Keywords) jobs.Add((SiteUrls.ForKeyword(keyword.Id), o => RenderKeyword(o, keyword)));
        _ = Site; // made once here, not raced for by the first pages
        _ = _models.Labels;
        Parallel.ForEach(System.Collections.Concurrent.Partitioner.Create(jobs, System.Collections.Concurrent.EnumerablePartitionerOptions.NoBuffering),
            job => Page(job.Url, job.Render));
        // Each failing template once, in a stable order (pages render in parallel).
        foreach (var (location, detail) in failures.Keys.OrderBy(f => f.Item1.ToString(), StringComparer.Ordinal).ThenBy(f => f.Item2, StringComparer.Ordinal))
            diagnostics.Report(DiagnosticCatalog.TemplateError, location, detail);
        Failed = !failures.IsEmpty;
    }

    private void RenderPrintPage(StringBuilder output) =>
        Layout(output, PrintPageModel.Page, config.Label("imprimer"), templates.Slot("imprimer", new PrintPage(Common(PrintPageModel.Page), _print.Model(Changes))),
            config.Label("imprimer_intro"));

    private void RenderKeyword(StringBuilder output, Keyword keyword)
    {
        var page = SiteUrls.ForKeyword(keyword.Id);
        var content = templates.Slot("keyword", new KeywordPage(Common(page), _indexes.KeywordPage(keyword)));
        Layout(output, page, $"{config.Label("mot_cle")} : {keyword.Display}", content, keyword.Display);
    }

    private readonly bool _hasLibrary = manual.Fiches.Any(f => FicheTypes.IsLibrary(f.Type));

    private bool HasLibrary => _hasLibrary;

    private void RenderLibraryPage(StringBuilder output)
    {
        const string page = LibraryViewModels.LibraryUrl;
        var model = new LibraryPage(Common(page), _library.Library(page), _library.UnlistedCases(page));
        Layout(output, page, config.Label("bibliotheque"), templates.Slot("bibliotheque", model), config.Label("bibliotheque_intro"),
            editionLine: _library.LibraryLine());
    }

    private void RenderGlossary(StringBuilder output)
    {
        const string page = GlossaryMarker.GlossaryUrl;
        var terms = _library.Glossary(page);
        var (letters, groups) = GlossaryLetters.Of(terms);
        var model = new GlossaryPage(Common(page), terms, letters, groups);
        Layout(output, page, config.Label("glossaire"), templates.Slot("glossaire", model), config.Label("glossaire_intro"));
    }

    private void RenderFiche(StringBuilder output, Fiche fiche)
    {
        var template = FicheTypes.Key(fiche.Type);
        var ownTemplate = fiche.Type == FicheType.Page && templates.Has("page-" + fiche.Id.Value);
        if (ownTemplate) template = "page-" + fiche.Id.Value;
        var model = new FichePage(Common(fiche.Url), _models.Fiche(fiche, Body(fiche)), _print.ForFiche(fiche),
            _library.For(fiche), ownTemplate ? _indexes.KeywordIndex(fiche.Url) : null, ownTemplate ? _indexes.Bibliography(fiche.Url) : null);
        var content = templates.Slot(template, model);
        Layout(output, fiche.Url, fiche.Type == FicheType.Page ? fiche.Title : fiche.CitationText, content, fiche.Subtitle ?? fiche.Title,
            editionLine: _library.EditionLine(fiche));
    }

    private void RenderHome(StringBuilder output)
    {
        const string page = "index.html";
        var keywordIndex = manual.Find("index") is { Type: FicheType.Page } index ? ViewModels.Link(page, index, index.Title) : null;
        var content = templates.Slot("home", new HomePage(Common(page), _indexes.Sommaire(page), keywordIndex));
        Layout(output, page, config.Label("sommaire"), content, config.Title);
    }

    private PageCommon Common(string page) => new(
        Site,
        _models.Labels,
        SiteUrls.Root(page),
        HasLibrary ? SiteUrls.Relative(page, LibraryViewModels.LibraryUrl) : null,
        manual.Glossary.Count > 0 ? SiteUrls.Relative(page, GlossaryMarker.GlossaryUrl) : null,
        _navigation.For(page));

    private void Layout(StringBuilder output, string page, string title, HtmlSlot content, string description, bool noIndex = false, string? editionLine = null)
    {
        var pageTitle = title == config.Label("sommaire") ? $"{config.ShortTitle ?? config.Title}" : $"{title} · {config.ShortTitle ?? config.Title}";
        templates.RenderTo("layout", new LayoutPage(Common(page), pageTitle, description, content, page == "index.html", noIndex, editionLine), output);
    }
}
