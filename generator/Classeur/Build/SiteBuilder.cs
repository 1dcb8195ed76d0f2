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
using Classeur.Search;
using Classeur.Validation;

namespace Classeur.Build;

/// <summary>The build, stage by stage. Each stage collects problems; the site is written only when none is an error.</summary>
public static class SiteBuilder
{
    /// <summary><paramref name="preloaded"/>: the manual as <see cref="Load"/> gave it for these options (print loads it first), or null.</summary>
    public static BuildResult Run(BuildOptions options, LoadedManual? preloaded = null)
    {
        var clock = Stopwatch.StartNew();
        var loaded = preloaded ?? Load(options);
        var (root, config, manual, diagnostics) = (loaded.ProjectRoot, loaded.Config, loaded.Manual, loaded.Diagnostics);

        var pageCount = 0;
        var written = false;
        IReadOnlyList<string> renderedPages = [];
        RenderCache? cache = null;
        EditionChanges? changes = null;
        string? editionNote = null;
        if (!options.CheckOnly)
        {
            var outputDirectory = loaded.OutputDirectory;
            var refusal = OutputGuard.Refusal(outputDirectory, root, [loaded.ContentDirectory, loaded.TemplatesDirectory], options.Overwrite);
            if (refusal is not null)
                diagnostics.Report(DiagnosticCatalog.OutputRefused, SourceLocation.File(ContentLoader.Relative(root, outputDirectory)),
                    ContentLoader.Relative(root, outputDirectory), refusal);
            else
                SiteWriter.Repair(outputDirectory);
            var templates = TemplateLinks.Check(loaded.TemplatesDirectory, root, diagnostics)
                ? TemplateSet.Load(loaded.TemplatesDirectory, ContentLoader.Relative(root, loaded.TemplatesDirectory), diagnostics, options.Session?.Templates)
                : null;
            if (options.Session is not null) options.Session.Templates = templates;
            loaded.Timings.Mark("gabarits");
            if (templates is not null && refusal is null && !HasErrors(diagnostics, config, options))
            {
                cache = options.Session?.Renders;
                cache?.BeginBuild(templates.SourceFingerprint ^ ModelFingerprint.OfTexts([SiteYml(root)]));
                templates.Cache = cache;
                var map = Knowledge.FranceMap.Load(loaded.TemplatesDirectory, ContentLoader.Relative(root, loaded.TemplatesDirectory), diagnostics);
                if (options.CompareWithLatestEdition)
                {
                    EditionBaseline? baseline;
                    (baseline, editionNote) = LatestBaseline(loaded, templates.SourceFingerprint, options.Session);
                    // Today's printed texts, compared with the edition's: the print page lists what to reprint.
                    if (baseline is not null && PaperTexts.For(loaded, new DiagnosticBag()) is { } paper)
                        changes = EditionChanges.Compare(baseline, manual, paper.Text);
                    loaded.Timings.Mark("édition");
                }
                var renderer = new PageRenderer(manual, config, templates, loaded.Pipeline, options.Printed) { Map = map, Changes = changes };
                IReadOnlyDictionary<string, string> pages;
                try
                {
                    pages = renderer.RenderAll(diagnostics);
                }
                catch (HandlebarsDotNet.HandlebarsException e)
                {
                    // A template that compiles but fails on a page (an unknown partial): reported, nothing written.
                    diagnostics.Report(DiagnosticCatalog.TemplateError, SourceLocation.File(ContentLoader.Relative(root, loaded.TemplatesDirectory)), TemplateSet.Describe(e));
                    pages = new Dictionary<string, string>();
                }
                var files = new Dictionary<string, object>(SiteFiles.Collect(pages, loaded.TemplatesDirectory, loaded.ContentDirectory, loaded.Content.Assets))
                {
                    [PrintStylesheet.Path] = PrintStylesheet.Render(manual, config),
                };
                foreach (var pdf in options.Printed)
                    files[pdf.RelativePath] = pdf.Content;
                pageCount = pages.Count;
                loaded.Timings.Mark("rendu");
                AddSearch(files, loaded);
                loaded.Timings.Mark("recherche");
                if (!HasErrors(diagnostics, config, options))
                    (written, renderedPages) = TryWrite(outputDirectory, files, root, diagnostics, options.Session);
                loaded.Timings.Mark("écriture");
            }
        }

        var final = Finalise(diagnostics, config, options);
        return new BuildResult(final, manual.Fiches.Count, manual.Fiches.Count(f => f.IsDraft), pageCount, clock.Elapsed,
            loaded.OutputDirectory, written)
        {
            Timings = loaded.Timings,
            UnpublishedDrafts = manual.UnpublishedDrafts,
            RenderedPages = renderedPages,
            TemplatesRendered = cache?.Rendered ?? 0,
            TemplatesReused = cache?.Reused ?? 0,
            EditionChanges = changes,
            EditionNote = editionNote,
        };
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
        var (baseline, problem) = EditionBaseline.Load(loaded.ProjectRoot, loaded.ContentDirectory, edition, loaded.TemplatesDirectory);
        if (session is not null && baseline is not null) session.Baseline = ((edition.Commit, edition.Name, templatesFingerprint), baseline);
        return (baseline, problem is null ? null : $"Fiches à réimprimer depuis {edition.Description} : comparaison impossible, {problem}");
    }

    /// <summary>
    /// The stages up to a resolved, validated manual: configuration, content, parsing, model,
    /// validation, links. Shared by build, check and the tests.
    /// </summary>
    public static LoadedManual Load(BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var root = Path.GetFullPath(options.ProjectRoot);

        var timings = new StageTimings(options.StageDone);
        var config = SiteConfigLoader.Load(root, diagnostics);
        var contentDirectory = Path.GetFullPath(options.ContentDirectory ?? Path.Combine(root, config.ContentDirectory));
        var templatesDirectory = Path.GetFullPath(Path.Combine(root, config.TemplatesDirectory));
        var outputDirectory = Path.GetFullPath(options.OutputDirectory ?? Path.Combine(root, config.OutputDirectory));

        var content = ContentLoader.Load(root, contentDirectory, diagnostics);
        timings.Mark("lecture");
        var pipeline = MarkdownPipelineFactory.Create(config.AllowHtml);
        var parser = new FicheParser(pipeline, config.AllowHtml);
        var parsed = new Fiche?[content.Fiches.Count];
        Parallel.For(0, parsed.Length, i => parsed[i] = parser.Parse(content.Fiches[i], diagnostics));
        timings.Mark("analyse");

        var unreadable = UnreadableSources.Of(content.Fiches, parsed);
        var manual = ManualAssembler.Assemble(parsed.OfType<Fiche>(),
            DataFileReader.Keywords(content.Keywords, diagnostics, unreadable),
            DataFileReader.Bibliography(content.Bibliography, diagnostics, unreadable),
            config.PagesBefore, config.PagesAfter, diagnostics,
            DataFileReader.Glossary(content.Glossary, diagnostics), unreadable);

        var contentFiles = content.Fiches.Select(f => f.ContentRelativePath).Concat(content.Assets).ToHashSet(StringComparer.Ordinal);
        timings.Mark("modèle");
        new ManualValidator(manual, contentFiles).Validate(diagnostics);
        manual = Drafts.LeaveOut(manual, options, contentFiles, diagnostics);
        timings.Mark("validation");
        var fichesByPath = manual.Fiches.ToDictionary(f => f.ContentPath, f => f.Url, StringComparer.Ordinal);
        LinkPhase.Resolve(manual, contentFiles, fichesByPath);
        timings.Mark("liens");

        return new LoadedManual(root, config, content, manual, pipeline, diagnostics, contentDirectory, templatesDirectory, outputDirectory, timings);
    }

    /// <summary>The search index built from the manual, and the npm scripts that read it in the browser (<see cref="SearchStage"/>).</summary>
    private static void AddSearch(Dictionary<string, object> files, LoadedManual loaded)
    {
        foreach (var (path, content) in SearchStage.Files(loaded)) files[path] = content;
    }

    /// <summary>The whole site at once, or in a preview session only the files that changed.</summary>
    private static (bool Written, IReadOnlyList<string> Files) TryWrite(
        string outputDirectory, IReadOnlyDictionary<string, object> files, string root, DiagnosticBag diagnostics, BuildSession? session)
    {
        try
        {
            if (session is not null) return (true, session.Writer.Write(outputDirectory, files));
            SiteWriter.Write(outputDirectory, files);
            return (true, [.. files.Keys.Order(StringComparer.Ordinal)]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Report(DiagnosticCatalog.OutputFailed, SourceLocation.File(ContentLoader.Relative(root, outputDirectory)), IoMessages.French(e));
            return (false, []);
        }
    }

    private static string SiteYml(string root)
    {
        var path = Path.Combine(root, "site.yml");
        return File.Exists(path) ? File.ReadAllText(path) : "";
    }

    private static bool HasErrors(DiagnosticBag diagnostics, SiteConfig config, BuildOptions options) =>
        Finalise(diagnostics, config, options).Any(d => d.Severity == Severity.Error);

    /// <summary>Applies site.yml's severity overrides, then --strict.</summary>
    private static IReadOnlyList<Diagnostic> Finalise(DiagnosticBag diagnostics, SiteConfig config, BuildOptions options) =>
        diagnostics.Sorted().Select(d =>
        {
            var severity = config.Severities.TryGetValue(d.Code, out var configured) ? configured : d.Severity;
            if (options.Strict) severity = Severity.Error;
            return d with { Severity = severity };
        }).ToList();
}
