using System.CommandLine;
using System.Globalization;
using Classeur.Build;
using Classeur.Editions;
using Classeur.Model;
using Classeur.Print;

namespace Classeur.Cli;

/// <summary>
/// `classeur print`: builds the site, prints one PDF per fiche and the binders under imprimer/ with the
/// system's Chromium, then builds the site again with them (the print page lists them). Without Chromium it says so in French and exits with <see cref="NoChromium"/>; `build`
/// never needs Chromium.
/// </summary>
public static class PrintCommand
{
    /// <summary>No Chromium was found, or it could not print: the content is fine, the machine lacks something.</summary>
    public const int NoChromium = 3;

    public static Command Create(Option<bool> strict, Option<string?> project, Option<string?> content, Option<string?> outputDir,
        TextWriter output, TextWriter error, Option<bool>? overwrite = null)
    {
        var chromium = new Option<string?>("--chromium") { Description = $"Chemin de Chromium (sinon {ChromiumLocator.EnvironmentVariable}, « print: chromium: » de site.yml, puis /usr/bin/chromium)." };
        var fiches = new Option<string?>("--fiches") { Description = "Seulement ces fiches, séparées par des virgules (ex. I-C-2-a,III-4)." };
        var partie = new Option<string?>("--partie") { Description = "Seulement une partie : I, II ou III." };
        var region = new Option<string?>("--region") { Description = "Seulement les fiches de cette région (ex. Bretagne)." };
        var motCle = new Option<string?>("--mot-cle") { Description = "Seulement les fiches de ce mot clef (ex. cooperation)." };
        var depuis = new Option<string?>("--depuis") { Description = "Seulement les fiches dont le texte imprimé a changé depuis cette édition : une étiquette Git (ex. edition-2010), une date AAAA-MM-JJ ou un commit ; le classeur « Mise à jour » s'ouvre sur la liste des fiches à remplacer." };
        var command = new Command("print", "Construit le site puis produit un PDF par fiche dans _site/imprimer/ (avec Chromium).")
        { strict, project, content, outputDir, chromium, fiches, partie, region, motCle, depuis };
        if (overwrite is not null) command.Options.Add(overwrite);
        command.SetAction(parsed => Execute(parsed, strict, project, content, outputDir, chromium,
            new PrintSelection(parsed.GetValue(fiches), parsed.GetValue(partie), parsed.GetValue(region), parsed.GetValue(motCle)),
            parsed.GetValue(depuis), output, error, overwrite is not null && parsed.GetValue(overwrite)));
        return command;
    }

    private static int Execute(ParseResult parsed, Option<bool> strict, Option<string?> project, Option<string?> content,
        Option<string?> outputDir, Option<string?> chromiumOption, PrintSelection wanted, string? since, TextWriter output, TextWriter error,
        bool overwrite = false)
    {
        var root = ProjectLocator.Find(parsed.GetValue(project), Directory.GetCurrentDirectory());
        if (root is null)
        {
            error.WriteLine("classeur : aucun site.yml trouvé ici ni dans les dossiers parents. Lancez la commande depuis le dossier du projet, ou indiquez --project.");
            return CommandLine.BadUsage;
        }
        var options = new BuildOptions(root)
        {
            Strict = parsed.GetValue(strict),
            ContentDirectory = Absolute(parsed.GetValue(content)),
            OutputDirectory = Absolute(parsed.GetValue(outputDir)),
            CompareWithLatestEdition = true,
            Overwrite = overwrite,
        };
        var loaded = SiteBuilder.Load(options);
        var search = ChromiumLocator.Find(parsed.GetValue(chromiumOption),
            Environment.GetEnvironmentVariable(ChromiumLocator.EnvironmentVariable), loaded.Config.Chromium);
        if (!search.Found)
        {
            error.WriteLine($"classeur : {search.NotFoundMessage()}");
            return NoChromium;
        }
        var (selection, selectionError) = wanted.Apply(loaded.Manual);
        if (selectionError is not null)
        {
            error.WriteLine($"classeur : {selectionError}");
            return CommandLine.BadUsage;
        }
        if (selection.Count == 0)
        {
            error.WriteLine("classeur : aucune fiche ne correspond à cette sélection.");
            return CommandLine.BadUsage;
        }

        EditionBaseline? baseline = null;
        if (since is not null)
        {
            var (edition, problem) = EditionResolver.Resolve(loaded.ContentDirectory, since);
            if (edition is not null) (baseline, problem) = EditionBaseline.Load(root, loaded.ContentDirectory, edition);
            if (baseline is null)
            {
                error.WriteLine($"classeur : --depuis {since} : {problem}");
                return CommandLine.BadUsage;
            }
        }

        if (GuardedBuild.Run(options, error, out var failure) is not { } result) return failure;
        foreach (var diagnostic in result.Diagnostics)
            output.WriteLine(diagnostic.ToString());
        output.WriteLine(Summary.Format(result, false, root));
        if (!result.Written) return CommandLine.ContentErrors;

        IReadOnlyList<Binder> binders;
        if (baseline is not null)
        {
            var changes = EditionChanges.Compare(baseline, loaded.Manual, url => ReadPage(result.OutputDirectory!, url));
            UpdateReport.Write(changes, output);
            selection = [.. selection.Where(changes.ToPrint.Contains)];
            if (selection.Count == 0)
            {
                if (changes.ToPrint.Count > 0) output.WriteLine("Aucune de ces fiches n'est dans la sélection demandée : rien à réimprimer.");
                return CommandLine.Clean;
            }
            binders = [BinderPlan.Update(loaded.Config, changes, selection)];
        }
        else binders = BinderPlan.For(loaded.Manual, loaded.Config, selection);

        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var printed = PrintAll(search.Path!, result.OutputDirectory!, loaded, selection, binders, output).GetAwaiter().GetResult();
            // Built again with the PDFs: imprimer/index.html lists them and each fiche's page links to its own.
            // The folder is now Classeur's own (marked): the second build needs no --ecraser.
            if (GuardedBuild.Run(options with { Printed = printed }, error, out var second) is not { } listed) return second;
            if (!listed.Written)
            {
                foreach (var diagnostic in listed.Diagnostics.Where(d => d.Severity == Classeur.Diagnostics.Severity.Error))
                    error.WriteLine(diagnostic.ToString());
                return CommandLine.ContentErrors;
            }
            var seconds = clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');
            var pages = printed.Sum(p => p.Pages);
            var folder = Path.GetRelativePath(root, Path.Combine(result.OutputDirectory!, FichePdfs.Folder)).Replace('\\', '/');
            output.WriteLine($"Impression terminée : {Plural(printed.Count, "PDF", "PDF")}, {Plural(pages, "page", "pages")}, en {seconds} s → {folder}/");
            return CommandLine.Clean;
        }
        catch (PrintFailedException e)
        {
            error.WriteLine($"classeur : {e.Message}");
            return NoChromium;
        }
    }

    private static async Task<IReadOnlyList<PrintedPdf>> PrintAll(string chromium, string site, LoadedManual loaded,
        IReadOnlyList<Fiche> fiches, IReadOnlyList<Binder> binders, TextWriter output)
    {
        await using var printer = await PdfPrinter.LaunchAsync(chromium).ConfigureAwait(false);
        var total = fiches.Count + binders.Count;
        var progress = new SynchronousProgress(p => output.WriteLine($"[{p.Index}/{total}] {p.Title}"));
        var printed = new List<PrintedPdf>(await FichePdfs.PrintAsync(printer, site, fiches, progress).ConfigureAwait(false));
        printed.AddRange(await BinderPdfs.PrintAsync(printer, site, loaded.TemplatesDirectory, loaded.Config, binders, progress, fiches.Count, total).ConfigureAwait(false));
        return printed;
    }

    private static string Plural(int n, string singular, string plural) =>
        $"{n.ToString(CultureInfo.InvariantCulture)} {(n <= 1 ? singular : plural)}";

    private static string? ReadPage(string site, string url)
    {
        var path = Path.Combine(site, url);
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    private static string? Absolute(string? path) => path is null ? null : Path.GetFullPath(path);

    /// <summary>Reports on the calling thread: Progress&lt;T&gt; would post to the thread pool and lines could arrive out of order.</summary>
    private sealed class SynchronousProgress(Action<PrintProgress> report) : IProgress<PrintProgress>
    {
        public void Report(PrintProgress value) => report(value);
    }
}
