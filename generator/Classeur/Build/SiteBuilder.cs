using System.Diagnostics;
using Classeur.Configuration;
using Classeur.Content;
using Classeur.Diagnostics;
using Classeur.Editions;
using Classeur.Linking;
using Classeur.Model;
using Classeur.Output;
using Classeur.Parsing;
using Classeur.Print;
using Classeur.Rendering;
using Classeur.Validation;

namespace Classeur.Build;

/// <summary>The build, stage by stage. Each stage collects problems; the site is written only when none is an error.</summary>
public static class SiteBuilder
{
    /// <summary>
    /// <paramref name="preloaded"/>: the manual as <see cref="Load(BuildOptions)"/> gave it for these options (print loads
    /// it first), or null. The stages run in order, except two that need none of the others' results and
    /// run on the second core: the templates compile while the content is read, and the search index is
    /// built while the pages are rendered. Their diagnostics meet in the same bag, sorted at the end.
    /// </summary>
    public static BuildResult Run(BuildOptions options, LoadedManual? preloaded = null)
    {
        var clock = Stopwatch.StartNew();
        Task<(TemplateSet? Result, TimeSpan Elapsed)>? compiling = null;
        var loaded = preloaded ?? Load(options, options.CheckOnly ? null : (root, directory, diagnostics) =>
            compiling = StageTimings.Start(() => CompileTemplates(root, directory, diagnostics, options)));
        var (config, manual, diagnostics) = (loaded.Config, loaded.Manual, loaded.Diagnostics);

        var pageCount = 0;
        OutputStage.Outcome? outcome = null;
        RenderCache? cache = null;
        TemplateSet? templates = null;
        EditionChanges? changes = null;
        string? editionNote = null;
        BuildResult Result(IReadOnlyList<Diagnostic> final, bool written, IReadOnlyList<string> renderedPages, bool searchSkipped) =>
            new(final, manual.Fiches.Count, manual.Fiches.Count(f => f.IsDraft), pageCount, clock.Elapsed, loaded.OutputDirectory, written)
            {
                Timings = loaded.Timings,
                UnpublishedDrafts = manual.UnpublishedDrafts,
                RenderedPages = renderedPages,
                TemplatesRendered = cache?.Rendered ?? 0,
                TemplatesReused = cache?.Reused ?? 0,
                EditionChanges = changes,
                EditionNote = editionNote,
                SearchSkipped = searchSkipped,
                TemplatesFast = templates?.IsFast ?? false,
                TemplateFallbacks = templates?.Fallbacks ?? 0,
            };
        if (!options.CheckOnly)
        {
            var refusal = GuardOutput(loaded, options);
            // The index needs only the linked manual, and has its own diagnostics, kept if the site is rendered.
            var searchDiagnostics = new DiagnosticBag();
            var searchable = refusal is null && !HasErrors(diagnostics, config, options);
            // A build (not a preview) writes each file beside the output as soon as it has it, and puts the
            // folder in place at the end: it never holds the whole site in memory. Its index is built first,
            // on both cores, its files written, and its working data dropped before the pages render.
            using var staged = searchable && options.Session is null ? StagedSite.Open(loaded.OutputDirectory) : null;
            Task<(bool Result, TimeSpan Elapsed)>? searching = null;
            if (staged is not null && OutputStage.IndexesBesidePages(loaded)) searching = OutputStage.StartSearch(loaded with { Diagnostics = searchDiagnostics }, staged);
            else if (staged is not null) OutputStage.WriteSearch(loaded with { Diagnostics = searchDiagnostics }, staged);
            try
            {
                // A preview keeps its files, to write only those that changed. Its index is built on the other core
                // while the templates compile and the pages render; if it writes its pages first, after them: the
                // pages have both cores.
                // One written after its pages is stopped by a newer save, which would replace it (it then
                // competed with that save's build for the cores).
                var pagesFirst = OutputStage.WritesPagesFirst(options, loaded.OutputDirectory);
                Task<(SortedDictionary<string, object> Result, TimeSpan Elapsed)> Start() =>
                    StageTimings.Start(() => SearchStage.Files(loaded with { Diagnostics = searchDiagnostics }, pagesFirst ? options.Superseded : default));
                var started = staged is null && searchable && !pagesFirst ? Start() : null;
                templates = compiling is null
                    ? CompileTemplates(loaded.ProjectRoot, loaded.TemplatesDirectory, diagnostics, options)
                    : loaded.Timings.Collect("gabarits", compiling);
                if (compiling is null) loaded.Timings.Mark("gabarits");
                if (options.Session is not null) options.Session.Templates = templates;
                if (templates is not null && searchable && !HasErrors(diagnostics, config, options))
                {
                    cache = options.Session?.Renders;
                    var salt = templates.SourceFingerprint ^ ModelFingerprint.OfTexts([SiteYml(loaded.ProjectRoot)]);
                    cache?.BeginBuild(salt);
                    templates.Cache = cache;
                    if (options.CompareWithLatestEdition)
                    {
                        (changes, editionNote) = CompareWithLatestEdition(loaded, templates, options.Session);
                        loaded.Timings.Mark("édition");
                    }
                    IReadOnlyDictionary<string, string> pages;
                    if (staged is null)
                    {
                        pages = Render(loaded, templates, options, changes, salt);
                        pageCount = pages.Count;
                    }
                    else
                    {
                        pageCount = RenderInto(staged, loaded, templates, options, changes);
                        pages = new Dictionary<string, string>();
                    }
                    var files = new Dictionary<string, object>(SiteFiles.Collect(pages, loaded.TemplatesDirectory, loaded.ContentDirectory, loaded.Content.Assets))
                    {
                        [PrintStylesheet.Path] = PrintStylesheet.Render(manual, config),
                    };
                    foreach (var pdf in options.Printed)
                        files[pdf.RelativePath] = pdf.Content;
                    loaded.Timings.Mark("rendu");
                    outcome = staged is not null
                        ? OutputStage.Finish(loaded, staged, files, searchDiagnostics, () => HasErrors(diagnostics, config, options), searching)
                        : OutputStage.Write(loaded, files, () => started ?? Start(), searchDiagnostics, options, () => HasErrors(diagnostics, config, options),
                            written => Result(Finalise(diagnostics, config, options), true, written, true));
                }
            }
            finally
            {
                // A render that failed or was interrupted: the index still writing into the staged site is waited for before it goes.
                if (searching is { IsCompleted: false }) ((IAsyncResult)searching).AsyncWaitHandle.WaitOne();
            }
        }

        return Result(Finalise(diagnostics, config, options), outcome?.Written ?? false, outcome?.Files ?? [], outcome?.SearchSkipped ?? false);
    }

    /// <summary>The output folder may be replaced (empty, or written by Classeur): null, or why not, reported.</summary>
    private static string? GuardOutput(LoadedManual loaded, BuildOptions options)
    {
        var (root, output) = (loaded.ProjectRoot, loaded.OutputDirectory);
        var refusal = OutputGuard.Refusal(output, root, [loaded.ContentDirectory, loaded.TemplatesDirectory], options.Overwrite);
        if (refusal is not null)
            loaded.Diagnostics.Report(DiagnosticCatalog.OutputRefused, SourceLocation.File(ContentLoader.Relative(root, output)),
                ContentLoader.Relative(root, output), refusal);
        else
            SiteWriter.Repair(output);
        return refusal;
    }

    /// <summary>The templates, refused when a link leads out of the project; a preview's are kept while unchanged.</summary>
    private static TemplateSet? CompileTemplates(string root, string templatesDirectory, DiagnosticBag diagnostics, BuildOptions options) =>
        TemplateLinks.Check(templatesDirectory, root, diagnostics)
            ? TemplateSet.Load(templatesDirectory, ContentLoader.Relative(root, templatesDirectory), diagnostics, options.Session?.Templates, !options.HandlebarsOnly)
            : null;

    /// <summary>Today's printed texts against the latest tagged edition's: the print page lists what to reprint.</summary>
    private static (EditionChanges? Changes, string? Note) CompareWithLatestEdition(LoadedManual loaded, TemplateSet templates, BuildSession? session)
    {
        var (baseline, note) = LatestBaseline(loaded, templates.SourceFingerprint, session);
        var changes = baseline is not null && PaperTexts.For(loaded, new DiagnosticBag()) is { } paper
            ? EditionChanges.Compare(baseline, FichePdfs.Printable(loaded.Manual), paper.Text)
            : null;
        return (changes, note);
    }

    /// <summary>Every page, keyed by its path; a template that fails on a page is reported and nothing is rendered.</summary>
    /// <param name="salt">The fingerprint of the templates and site.yml.</param>
    private static IReadOnlyDictionary<string, string> Render(LoadedManual loaded, TemplateSet templates, BuildOptions options, EditionChanges? changes, UInt128 salt)
    {
        // A preview whose save left the face of the manual as it was renders only the saved fiches' pages
        // and the print page (it compares the texts with the last edition); the others are the last build's.
        var session = options.Session;
        var face = session is null ? default : ManualFace.Of(loaded, salt, options.Printed.Count);
        Func<string, string?>? reuse = null;
        if (session?.LastPages is { } last && session.LastFace == face)
        {
            var saved = loaded.Manual.Fiches.Where(f => session.Parsed.ParsedLastBuild.Contains(f.SourcePath)).Select(f => f.Url).ToHashSet(StringComparer.Ordinal);
            reuse = url => saved.Contains(url) || url == PrintPageModel.Page ? null : last.GetValueOrDefault(url);
        }
        var renderer = Renderer(loaded, templates, options, changes);
        renderer.Reuse = reuse;
        var pages = renderer.RenderAll(loaded.Diagnostics);
        if (session is not null && !renderer.Failed) (session.LastPages, session.LastFace) = (pages, face);
        return pages;
    }

    /// <summary>
    /// Every page written to <paramref name="staged"/> as soon as it is rendered; the number of pages.
    /// Ctrl+C, seen by the write of a page, stops the render as it stops a write.
    /// </summary>
    private static int RenderInto(StagedSite staged, LoadedManual loaded, TemplateSet templates, BuildOptions options, EditionChanges? changes)
    {
        var pages = new System.Collections.Concurrent.ConcurrentDictionary<string, byte>(StringComparer.Ordinal);
        OutputStage.Interruptible(() => Renderer(loaded, templates, options, changes).StreamAll(loaded.Diagnostics, (path, html) =>
        {
            staged.Add(path, html, OutputStage.PageLayer);
            pages.TryAdd(path, 0);
        }));
        return pages.Count;
    }

    // A template failing on a page (an unknown name or partial) is reported by the renderer, located in the template.
    private static PageRenderer Renderer(LoadedManual loaded, TemplateSet templates, BuildOptions options, EditionChanges? changes)
    {
        var map = Knowledge.FranceMap.Load(loaded.TemplatesDirectory, ContentLoader.Relative(loaded.ProjectRoot, loaded.TemplatesDirectory), loaded.Diagnostics);
        return new PageRenderer(loaded.Manual, loaded.Config, templates, loaded.Pipeline, options.Printed) { Map = map, Changes = changes, Bodies = options.Session?.Bodies };
    }

    /// <summary>
    /// The latest tagged edition's printed texts, for the print page's list of fiches to reprint. A
    /// preview keeps them while the tag and the templates stay the same: they cost a second build.
    /// </summary>
    private static (EditionBaseline? Baseline, string? Note) LatestBaseline(LoadedManual loaded, UInt128 templatesFingerprint, BuildSession? session)
    {
        var edition = EditionResolver.Latest(loaded.ContentDirectory);
        if (edition is null) return (null, null);
        if (session?.Baseline is { } kept && kept.Key == (edition.Commit, edition.Name, templatesFingerprint)) return (kept.Baseline, null);
        var (baseline, problem) = EditionLoader.Load(loaded.ProjectRoot, loaded.ContentDirectory, edition, loaded.TemplatesDirectory);
        if (session is not null && baseline is not null) session.Baseline = ((edition.Commit, edition.Name, templatesFingerprint), baseline);
        return (baseline, problem is null ? null : $"Fiches à réimprimer depuis {edition.Description} : comparaison impossible, {problem}");
    }

    /// <summary>
    /// The stages up to a resolved, validated manual: configuration, content, parsing, model,
    /// validation, links. Shared by build, check and the tests.
    /// </summary>
    public static LoadedManual Load(BuildOptions options) => Load(options, configured: null);

    /// <param name="configured">Called once the configuration is read, with the project root, the templates
    /// folder and the diagnostics: the build starts compiling the templates there.</param>
    private static LoadedManual Load(BuildOptions options, Action<string, string, DiagnosticBag>? configured)
    {
        var diagnostics = new DiagnosticBag();
        var root = Path.GetFullPath(options.ProjectRoot);

        var timings = new StageTimings(options.StageDone);
        var config = SiteConfigLoader.Load(root, diagnostics);
        var contentDirectory = Path.GetFullPath(options.ContentDirectory ?? Path.Combine(root, config.ContentDirectory));
        var templatesDirectory = Path.GetFullPath(Path.Combine(root, config.TemplatesDirectory));
        var outputDirectory = Path.GetFullPath(options.OutputDirectory ?? Path.Combine(root, config.OutputDirectory));
        configured?.Invoke(root, templatesDirectory, diagnostics);

        var content = ContentLoader.Load(root, contentDirectory, diagnostics, options.Session?.Texts);
        timings.Mark("lecture");
        var pipeline = MarkdownPipelineFactory.Create(config.AllowHtml);
        var parser = new FicheParser(pipeline, config.AllowHtml);
        var parsed = new Fiche?[content.Fiches.Count];
        // A preview parses again only the files whose text changed.
        var reused = options.Session?.Parsed;
        reused?.BeginBuild();
        Parallel.For(0, parsed.Length, i => parsed[i] = reused is null
            ? parser.Parse(content.Fiches[i], diagnostics)
            : reused.Parse(parser, content.Fiches[i], config.AllowHtml, diagnostics));
        reused?.EndBuild(content.Fiches);
        timings.Mark("analyse");

        var unreadable = UnreadableSources.Of(content.Fiches, parsed);
        var data = options.Session?.DataFiles;
        IReadOnlyList<T> Data<T>(string kind, SourceFile? file, Action<string?>? told, Func<SourceFile?, DiagnosticBag, Action<string?>?, IReadOnlyList<T>> read) =>
            data is null ? read(file, diagnostics, told) : data.Read(kind, file, diagnostics, told, read);
        var manual = ManualAssembler.Assemble(parsed.OfType<Fiche>(),
            Data("mots-cles", content.Keywords, unreadable.AddKeyword, DataFileReader.Keywords),
            Data("bibliographie", content.Bibliography, unreadable.AddRecord, DataFileReader.Bibliography),
            config.PagesBefore, config.PagesAfter, diagnostics,
            Data("glossaire", content.Glossary, null, DataFileReader.Glossary), unreadable);

        var contentFiles = content.Fiches.Select(f => f.ContentRelativePath).Concat(content.Assets).ToHashSet(StringComparer.Ordinal);
        timings.Mark("modèle");
        new ManualValidator(manual, contentFiles).Validate(diagnostics);
        manual = Drafts.LeaveOut(manual, options, contentFiles, diagnostics);
        timings.Mark("validation");
        var fichesByPath = manual.Fiches.ToDictionary(f => f.ContentPath, f => f.Url, StringComparer.Ordinal);
        manual = LinkPhase.Resolve(manual, contentFiles, fichesByPath);
        timings.Mark("liens");

        return new LoadedManual(root, config, content, manual, pipeline, diagnostics, contentDirectory, templatesDirectory, outputDirectory, timings);
    }

    private static string SiteYml(string root)
    {
        var path = Path.Combine(root, "site.yml");
        return File.Exists(path) ? File.ReadAllText(path) : "";
    }

    private static bool HasErrors(DiagnosticBag diagnostics, SiteConfig config, BuildOptions options) =>
        diagnostics.Any(d => SeverityOf(d, config, options) == Severity.Error);

    private static Severity SeverityOf(Diagnostic d, SiteConfig config, BuildOptions options) =>
        options.Strict ? Severity.Error : config.Severities.TryGetValue(d.Code, out var configured) ? configured : d.Severity;

    /// <summary>Applies site.yml's severity overrides, then --strict.</summary>
    private static IReadOnlyList<Diagnostic> Finalise(DiagnosticBag diagnostics, SiteConfig config, BuildOptions options) =>
        diagnostics.Sorted().Select(d => d with { Severity = SeverityOf(d, config, options) }).ToList();
}
