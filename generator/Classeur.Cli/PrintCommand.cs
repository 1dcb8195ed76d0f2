using System.CommandLine;
using System.Globalization;
using Classeur.Build;
using Classeur.Chromium;
using Classeur.Print;

using Classeur.Rendering;

namespace Classeur.Cli;

/// <summary>
/// `classeur print`: a thin command over <see cref="PrintStage"/>, which prints one PDF per fiche and the
/// binders under imprimer/ with the system's Chromium and builds the site with them (the print page
/// lists them). Without Chromium it says so in French and exits with <see cref="NoChromium"/>; `build`
/// never needs Chromium.
/// </summary>
public static class PrintCommand
{
    /// <summary>No Chromium was found, or it could not print: the content is fine, the machine lacks something.</summary>
    public const int NoChromium = 3;

    public static Command Create(Option<bool> strict, Option<string?> project, Option<string?> content, Option<string?> outputDir,
        TextWriter output, TextWriter error, Option<bool>? overwrite = null, IReadOnlyList<string>? arguments = null)
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
        command.SetAction(parsed => !PrintProcess.InProcess ? PrintProcess.Forward(arguments ?? [], error) : Execute(parsed, strict, project, content, outputDir, chromium,
            new PrintSelection(parsed.GetValue(fiches), parsed.GetValue(partie), parsed.GetValue(region), parsed.GetValue(motCle)),
            parsed.GetValue(depuis), output, error, overwrite is not null && parsed.GetValue(overwrite)));
        return command;
    }

    private static int Execute(ParseResult parsed, Option<bool> strict, Option<string?> project, Option<string?> content,
        Option<string?> outputDir, Option<string?> chromiumOption, PrintSelection wanted, string? since, TextWriter output, TextWriter error,
        bool overwrite = false)
    {
        var root = ProjectLocator.FindOrExplain(parsed.GetValue(project), error);
        if (root is null) return CommandLine.BadUsage;
        var options = new BuildOptions(root)
        {
            Strict = parsed.GetValue(strict),
            ContentDirectory = Absolute(parsed.GetValue(content)),
            OutputDirectory = Absolute(parsed.GetValue(outputDir)),
            Overwrite = overwrite,
        };
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var request = new PrintRequest(options, wanted, ChromiumPdf.Launcher, since, parsed.GetValue(chromiumOption));
        var progress = new SynchronousProgress(p => output.WriteLine($"[{p.Index}/{p.Count}] {p.Title}"));
        var outcome = PrintStage.RunAsync(request, progress, changes => UpdateReport.Write(changes, output)).GetAwaiter().GetResult();
        if (outcome.Build is { } result)
        {
            foreach (var diagnostic in result.Diagnostics)
                output.WriteLine(diagnostic.ToString());
            output.WriteLine(Summary.Format(result, false, root));
        }
        switch (outcome.Status)
        {
            case PrintStatus.NoChromium:
            case PrintStatus.PrintFailed:
                error.WriteLine($"classeur : {outcome.Problem}");
                return NoChromium;
            case PrintStatus.BadRequest:
                error.WriteLine($"classeur : {outcome.Problem}");
                return CommandLine.BadUsage;
            case PrintStatus.ContentErrors:
                return CommandLine.ContentErrors;
            case PrintStatus.NothingToReprint:
                if (outcome.Changes is { ToPrint.Count: > 0 }) output.WriteLine("Aucune de ces fiches n'est dans la sélection demandée : rien à réimprimer.");
                return CommandLine.Clean;
        }
        var seconds = clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');
        var pages = outcome.Pdfs.Sum(p => p.Pages);
        var folder = Path.GetRelativePath(root, Path.Combine(outcome.Build!.OutputDirectory!, FichePdfs.Folder)).Replace('\\', '/');
        output.WriteLine($"Impression terminée : {Plural(outcome.Pdfs.Count, "PDF", "PDF")}, {Plural(pages, "page", "pages")}, en {seconds} s → {folder}/");
        return CommandLine.Clean;
    }

    private static string Plural(int n, string singular, string plural) =>
        $"{n.ToString(CultureInfo.InvariantCulture)} {(n <= 1 ? singular : plural)}";

    private static string? Absolute(string? path) => path is null ? null : Path.GetFullPath(path);

    /// <summary>Reports on the calling thread, in order: Progress&lt;T&gt; would post to the thread pool and lines could arrive out of order.</summary>
    private sealed class SynchronousProgress(Action<PrintProgress> report) : IProgress<PrintProgress>
    {
        private readonly Lock _lock = new();

        public void Report(PrintProgress value)
        {
            lock (_lock) report(value);
        }
    }
}
