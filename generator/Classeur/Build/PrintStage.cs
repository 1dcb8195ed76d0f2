using Classeur.Content;
using Classeur.Diagnostics;
using Classeur.Editions;
using Classeur.Model;
using Classeur.Print;
using Classeur.Rendering;

namespace Classeur.Build;

/// <summary>
/// `classeur print` as a stage of the library: load the manual, pick the fiches, compare with an edition
/// (`--depuis`), print every PDF with one Chromium (fiches in parallel, the binders assembled from
/// the fiches' PDFs and their other pieces), then build the site once with the PDFs held in memory. Nothing is printed when the
/// content has errors, and nothing is written unless the whole print succeeded.
/// </summary>
public static class PrintStage
{
    public static async Task<PrintOutcome> RunAsync(PrintRequest request, IProgress<PrintProgress>? progress = null,
        Action<EditionChanges>? changesFound = null)
    {
        // Chromium starts while the manual loads, as found before site.yml is read; it is used only if
        // site.yml names no other, and a failure to start is reported by the launch that follows.
        var environment = Environment.GetEnvironmentVariable(ChromiumLocator.EnvironmentVariable);
        var early = ChromiumLocator.Find(request.Chromium, environment, null);
        var starting = early.Found ? StartAsync(request.Launcher, early.Path!) : Task.FromResult<IPdfPrinter?>(null);
        var used = false;
        try
        {
            return await RunAsync(request, progress, changesFound, environment, early.Path, starting, () => used = true).ConfigureAwait(false);
        }
        finally
        {
            if (!used && await starting.ConfigureAwait(false) is { } unused) await unused.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static Task<IPdfPrinter?> StartAsync(PdfPrinterLauncher launch, string chromium) => Task.Run(async () =>
    {
        try
        {
            return (IPdfPrinter?)await launch(chromium).ConfigureAwait(false);
        }
        catch (PrintFailedException)
        {
            return null;
        }
    });

    private static async Task<PrintOutcome> RunAsync(PrintRequest request, IProgress<PrintProgress>? progress, Action<EditionChanges>? changesFound,
        string? environment, string? earlyPath, Task<IPdfPrinter?> starting, Action taken)
    {
        var options = request.Options with { CompareWithLatestEdition = true };
        var loaded = SiteBuilder.Load(options);
        var timings = loaded.Timings;
        var search = ChromiumLocator.Find(request.Chromium, environment, loaded.Config.Chromium);
        if (!search.Found) return PrintOutcome.Refused(PrintStatus.NoChromium, search.NotFoundMessage());
        var (selection, selectionError) = request.Selection.Apply(loaded.Manual);
        if (selectionError is not null) return PrintOutcome.Refused(PrintStatus.BadRequest, selectionError);
        if (selection.Count == 0) return PrintOutcome.Refused(PrintStatus.BadRequest, "aucune fiche ne correspond à cette sélection.");
        var reload = MayHaveErrors(loaded, options);
        if (reload)
        {
            var check = SiteBuilder.Run(options);
            if (!check.Written) return new PrintOutcome(PrintStatus.ContentErrors, null, check, [], null);
        }

        var templates = PrintTemplates.Load(loaded.TemplatesDirectory, ContentLoader.Relative(loaded.ProjectRoot, loaded.TemplatesDirectory), loaded.Diagnostics);
        if (templates is null) return new PrintOutcome(PrintStatus.ContentErrors, null, SiteBuilder.Run(options), [], null);
        var paper = new PaperFiches(loaded.Manual, loaded.Config, loaded.Pipeline, templates);
        var files = new PrintFiles(loaded.TemplatesDirectory, loaded.ContentDirectory);
        if (files.Missing() is { } missing) return PrintOutcome.Refused(PrintStatus.PrintFailed, missing);

        EditionChanges? changes = null;
        IReadOnlyList<Binder> binders;
        if (request.Since is { } since)
        {
            var (edition, problem) = EditionResolver.Resolve(loaded.ContentDirectory, since);
            EditionBaseline? baseline = null;
            if (edition is not null) (baseline, problem) = EditionLoader.Load(loaded.ProjectRoot, loaded.ContentDirectory, edition);
            if (baseline is null) return PrintOutcome.Refused(PrintStatus.BadRequest, $"--depuis {since} : {problem}");
            changes = EditionChanges.Compare(baseline, FichePdfs.Printable(loaded.Manual), paper.Text);
            timings.Mark("édition");
            changesFound?.Invoke(changes);
            selection = [.. selection.Where(changes.ToPrint.Contains)];
            if (selection.Count == 0) return new PrintOutcome(PrintStatus.NothingToReprint, null, null, [], changes);
            binders = [BinderPlan.Update(loaded.Config, changes, selection)];
        }
        else binders = BinderPlan.For(loaded.Manual, loaded.Config, selection, request.Selection.Describe(loaded.Manual));

        IReadOnlyList<PrintedPdf> printed;
        try
        {
            var printer = search.Path == earlyPath ? await starting.ConfigureAwait(false) : null;
            if (printer is not null) taken();
            printed = await PrintAllAsync(printer, request.Launcher, search.Path!, files, paper, templates, selection, binders, progress, timings).ConfigureAwait(false);
        }
        catch (PrintFailedException e)
        {
            return PrintOutcome.Refused(PrintStatus.PrintFailed, e.Message);
        }
        timings.Mark("impression");
        // One build, with the PDFs: imprimer/index.html lists them and each fiche's page links to its own.
        // The manual loaded above is built as is, unless a build already reported on it.
        var result = SiteBuilder.Run(options with { Printed = printed }, reload ? null : loaded);
        timings.Mark("site");
        return new PrintOutcome(result.Written ? PrintStatus.Printed : PrintStatus.ContentErrors, null, result, printed, changes) { Timings = timings };
    }

    /// <summary>Errors, or anything --strict or site.yml's severities could turn into one: the build decides.</summary>
    private static bool MayHaveErrors(LoadedManual loaded, BuildOptions options) =>
        loaded.Diagnostics.Sorted().Any(d => d.Severity == Severity.Error || options.Strict || loaded.Config.Severities.ContainsKey(d.Code));

    private static async Task<IReadOnlyList<PrintedPdf>> PrintAllAsync(IPdfPrinter? started, PdfPrinterLauncher launch, string chromium, PrintFiles files, PaperFiches paper, PrintTemplates templates,
        IReadOnlyList<Fiche> fiches, IReadOnlyList<Binder> binders, IProgress<PrintProgress>? progress, StageTimings timings)
    {
        await using var printer = started ?? await launch(chromium).ConfigureAwait(false);
        printer.Serve(files);
        timings.Mark("chromium");
        var total = fiches.Count + binders.Count;
        var done = 0;
        void Report(string title) => progress?.Report(new PrintProgress(Interlocked.Increment(ref done), total, title));
        // The binders' other pieces print while the fiches do; their fiches' pages are the fiches' own PDFs.
        var ficheTask = FichePrinting.PrintAsync(printer, paper, templates, fiches, Report);
        var cornerFont = binders.Count == 0 ? [] : WoffFont.ToTrueType(await File.ReadAllBytesAsync(files.Find("node_modules/" + PrintFiles.CornerFont)!).ConfigureAwait(false));
        var binderPdfs = await BinderPrinting.PrintAsync(printer, paper, templates, binders, ficheTask, cornerFont, Report).ConfigureAwait(false);
        var fichePdfs = await ficheTask.ConfigureAwait(false);
        return [.. binderPdfs, .. fichePdfs.Select(p => p.Pdf)];
    }
}
