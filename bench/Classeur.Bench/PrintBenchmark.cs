using System.Diagnostics;
using System.Globalization;
using Classeur.Build;
using Classeur.Print;

namespace Classeur.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Classeur.Bench -- print`: builds the real manual into a
/// temporary folder, prints every fiche to PDF with the system Chromium, then the binders (the whole
/// manual and one per part, laid out by Paged.js), and prints the time, pages per second of each, and
/// the peak memory (of this process; Chromium's own processes are not counted).
/// </summary>
public static class PrintBenchmark
{
    public static int Run(string repository, TextWriter output)
    {
        var search = ChromiumLocator.Find(null, Environment.GetEnvironmentVariable(ChromiumLocator.EnvironmentVariable), null);
        if (!search.Found)
        {
            output.WriteLine(search.NotFoundMessage());
            return 3;
        }
        var work = Path.Combine(Path.GetTempPath(), "classeur-bench-print-" + Guid.NewGuid().ToString("N"));
        try
        {
            var options = new BuildOptions(repository) { OutputDirectory = work };
            var build = SiteBuilder.Run(options);
            if (!build.Written) return 1;
            var loaded = SiteBuilder.Load(options);
            Reprint(output, loaded, work);
            var fiches = FichePdfs.Printable(loaded.Manual);
            var binders = BinderPlan.For(loaded.Manual, loaded.Config, fiches);

            var (fichePdfs, binderPdfs, ficheTime, binderTime) = Print(search.Path!, work, loaded, fiches, binders).GetAwaiter().GetResult();
            var process = Process.GetCurrentProcess();
            process.Refresh();

            Report(output, "fiches", fichePdfs, ficheTime);
            Report(output, "binders", binderPdfs, binderTime);
            Report(output, "total", [.. fichePdfs, .. binderPdfs], ficheTime + binderTime);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set (this process): {process.PeakWorkingSet64 / (1024.0 * 1024.0):0} MiB"));
            return 0;
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// What `print --depuis` and the print page add before printing: the content at HEAD taken from git,
    /// rendered again and compared fiche by fiche with the site just built.
    /// </summary>
    private static void Reprint(TextWriter output, LoadedManual loaded, string site)
    {
        var clock = Stopwatch.StartNew();
        var (edition, problem) = Classeur.Editions.EditionResolver.Resolve(loaded.ContentDirectory, "HEAD");
        Classeur.Editions.EditionBaseline? found = null;
        if (edition is not null) (found, problem) = Classeur.Editions.EditionBaseline.Load(loaded.ProjectRoot, loaded.ContentDirectory, edition);
        if (found is null)
        {
            output.WriteLine($"reprint comparison: not measured ({problem})");
            return;
        }
        var extracted = clock.Elapsed;
        var changes = Classeur.Editions.EditionChanges.Compare(found, loaded.Manual, url => File.ReadAllText(Path.Combine(site, url)));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reprint comparison with HEAD: {found.Fiches.Count} fiches, {changes.ToPrint.Count} to reprint (uncommitted edits), git + render {extracted.TotalSeconds:0.00} s, compare {(clock.Elapsed - extracted).TotalSeconds:0.00} s"));
    }

    private static void Report(TextWriter output, string what, IReadOnlyList<PrintedPdf> printed, TimeSpan time)
    {
        var pages = printed.Sum(p => p.Pages);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {printed.Count} PDF, {pages} pages, {printed.Sum(p => p.Bytes) / (1024.0 * 1024.0):0.0} MiB, {time.TotalSeconds:0.0} s, {pages / time.TotalSeconds:0.0} pages/s"));
    }

    private static async Task<(IReadOnlyList<PrintedPdf>, IReadOnlyList<PrintedPdf>, TimeSpan, TimeSpan)> Print(string chromium, string site,
        LoadedManual loaded, IReadOnlyList<Classeur.Model.Fiche> fiches, IReadOnlyList<Binder> binders)
    {
        await using var printer = await PdfPrinter.LaunchAsync(chromium).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        var fichePdfs = await FichePdfs.PrintAsync(printer, site, fiches).ConfigureAwait(false);
        var ficheTime = clock.Elapsed;
        clock.Restart();
        var binderPdfs = await BinderPdfs.PrintAsync(printer, site, loaded.TemplatesDirectory, loaded.Config, binders).ConfigureAwait(false);
        return (fichePdfs, binderPdfs, ficheTime, clock.Elapsed);
    }
}
