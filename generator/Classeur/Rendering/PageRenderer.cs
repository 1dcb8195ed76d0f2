using Classeur.Configuration;
using Classeur.Diagnostics;
using Classeur.Linking;
using Classeur.Model;
using Markdig;

namespace Classeur.Rendering;

/// <summary>
/// Renders every page of the site (the sommaire and one page per fiche) from the templates.
/// Fiches render in parallel; the result is keyed by output path, so the order of work never shows.
/// </summary>
public sealed class PageRenderer(Manual manual, SiteConfig config, TemplateSet templates, MarkdownPipeline pipeline,
    IReadOnlyList<PrintedPdf>? printed = null)
{
    private readonly ViewModels _models = new(manual, config);
    private readonly PrintPageModel _print = new(config, printed ?? []);
    private readonly IndexViewModels _indexes = new(manual, config);
    private readonly LibraryViewModels _library = new(manual, config);
    private readonly GlossaryMarker _glossary = new(manual.Glossary);
    private readonly SiteNavigation _navigation = new(manual, config);

    /// <summary>The départements' outlines for « Expériences par territoire » (null: the page lists without a map).</summary>
    public Knowledge.FranceMap? Map { get; init; }

    /// <summary>What changed since the latest tagged edition: the print page then lists the fiches to reprint.</summary>
    public Editions.EditionChanges? Changes { get; init; }

    public IReadOnlyDictionary<string, string> RenderAll(DiagnosticBag diagnostics)
    {
        var pages = new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        pages["index.html"] = RenderHome();
        Parallel.ForEach(manual.Fiches, fiche =>
        {
            try
            {
                pages[fiche.Url] = RenderFiche(fiche);
            }
            catch (HandlebarsDotNet.HandlebarsException e)
            {
                diagnostics.Report(DiagnosticCatalog.TemplateError, SourceLocation.File(fiche.SourcePath), e.Message);
            }
        });
        Each(manual.Keywords, keyword => pages[SiteUrls.ForKeyword(keyword.Id)] = RenderKeyword(keyword));
        Each(new KnowledgePages(manual, config, Map).All().ToList(), page =>
            pages[page.Url] = Layout(page.Url, page.Title, templates.Render(page.Template, Common(page.Url, page.Model)), page.Title, page.NoIndex));
        pages[PrintPageModel.Page] = RenderPrintPage();
        if (HasLibrary) pages[LibraryViewModels.LibraryUrl] = RenderLibraryPage();
        if (manual.Glossary.Count > 0) pages[GlossaryMarker.GlossaryUrl] = RenderGlossary();
        return pages;
    }

    /// <summary>Renders on every core; a template failure comes out as itself (the first by message, so always the same one).</summary>
    private static void Each<T>(IEnumerable<T> items, Action<T> render)
    {
        try
        {
            Parallel.ForEach(items, render);
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<HandlebarsDotNet.HandlebarsException>().Any())
        {
            var first = e.InnerExceptions.OfType<HandlebarsDotNet.HandlebarsException>().MinBy(x => x.Message, StringComparer.Ordinal)!;
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }
    }

    private string RenderPrintPage()
    {
        var model = Common(PrintPageModel.Page, new Dictionary<string, object?> { ["print"] = _print.Model(Changes) });
        return Layout(PrintPageModel.Page, config.Label("imprimer"), templates.Render("imprimer", model), config.Label("imprimer_intro"));
    }

    private string RenderKeyword(Keyword keyword)
    {
        var page = SiteUrls.ForKeyword(keyword.Id);
        var model = Common(page, new Dictionary<string, object?> { ["keyword"] = _indexes.KeywordPage(keyword) });
        return Layout(page, $"{config.Label("mot_cle")} : {keyword.Display}", templates.Render("keyword", model), keyword.Display);
    }

    private bool HasLibrary => manual.Fiches.Any(f => FicheTypes.IsLibrary(f.Type));

    private string RenderLibraryPage()
    {
        const string page = LibraryViewModels.LibraryUrl;
        var model = Common(page, new Dictionary<string, object?>
        {
            ["resources"] = _library.Library(page),
            ["unlisted_cases"] = _library.UnlistedCases(page),
        });
        return Layout(page, config.Label("bibliotheque"), templates.Render("bibliotheque", model), config.Label("bibliotheque_intro"),
            editionLine: _library.LibraryLine());
    }

    private string RenderGlossary()
    {
        const string page = GlossaryMarker.GlossaryUrl;
        var terms = _library.Glossary(page);
        var (letters, groups) = GlossaryLetters.Of(terms);
        var model = Common(page, new Dictionary<string, object?> { ["terms"] = terms, ["letters"] = letters, ["groups"] = groups });
        return Layout(page, config.Label("glossaire"), templates.Render("glossaire", model), config.Label("glossaire_intro"));
    }

    private string RenderFiche(Fiche fiche)
    {
        var model = new Dictionary<string, object?>
        {
            ["fiche"] = _models.Fiche(fiche, BodyRenderer.Render(fiche, pipeline, _glossary)),
            ["pdf"] = _print.ForFiche(fiche),
            ["library"] = _library.For(fiche),
        };
        var template = FicheTypes.Key(fiche.Type);
        if (fiche.Type == FicheType.Page && templates.Has("page-" + fiche.Id.Value))
        {
            template = "page-" + fiche.Id.Value;
            model["keyword_index"] = _indexes.KeywordIndex(fiche.Url);
            model["bibliography"] = _indexes.Bibliography(fiche.Url);
        }
        var content = templates.Render(template, Common(fiche.Url, model));
        return Layout(fiche.Url, fiche.Type == FicheType.Page ? fiche.Title : fiche.CitationText, content, fiche.Subtitle ?? fiche.Title,
            editionLine: _library.EditionLine(fiche));
    }

    private string RenderHome()
    {
        const string page = "index.html";
        var model = new Dictionary<string, object?>
        {
            ["parts"] = _indexes.Sommaire(page),
            ["keyword_index"] = manual.Find("index") is { Type: FicheType.Page } index ? ViewModels.Link(page, index, index.Title) : null,
        };
        var content = templates.Render("home", Common(page, model));
        return Layout(page, config.Label("sommaire"), content, config.Title);
    }

    private Dictionary<string, object?> Common(string page, Dictionary<string, object?> model)
    {
        model["site"] = _models.Site();
        model["labels"] = _models.Labels();
        model["root"] = SiteUrls.Root(page);
        model["bibliotheque_url"] = HasLibrary ? SiteUrls.Relative(page, LibraryViewModels.LibraryUrl) : null;
        model["glossaire_url"] = manual.Glossary.Count > 0 ? SiteUrls.Relative(page, GlossaryMarker.GlossaryUrl) : null;
        model["navigation"] = _navigation.For(page);
        return model;
    }

    private string Layout(string page, string title, string content, string description, bool noIndex = false, string? editionLine = null)
    {
        var model = Common(page, new Dictionary<string, object?>
        {
            ["page_title"] = title == config.Label("sommaire") ? $"{config.ShortTitle ?? config.Title}" : $"{title} · {config.ShortTitle ?? config.Title}",
            ["description"] = description,
            ["content"] = content,
            ["is_home"] = page == "index.html",
            ["noindex"] = noIndex,
            ["edition_line"] = editionLine,
        });
        return templates.Render("layout", model);
    }
}
