using System.Diagnostics;
using System.Globalization;
using Classeur.Build;
using Classeur.Print;

namespace Classeur.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Classeur.Bench -- print`: builds the real manual into a
/// temporary folder, prints every fiche to PDF with the system Chromium, and prints the time, pages
/// per second and peak memory (of this process; Chromium's own processes are not counted).
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
            var fiches = FichePdfs.Printable(SiteBuilder.Load(options).Manual);

            var clock = Stopwatch.StartNew();
            var printed = Print(search.Path!, work, fiches).GetAwaiter().GetResult();
            clock.Stop();
            var process = Process.GetCurrentProcess();
            process.Refresh();

            var pages = printed.Sum(p => p.Pages);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"print: {printed.Count} PDF, {pages} pages, {printed.Sum(p => p.Bytes) / (1024.0 * 1024.0):0.0} MiB"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total: {clock.Elapsed.TotalSeconds:0.0} s, {pages / clock.Elapsed.TotalSeconds:0.0} pages/s"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set (this process): {process.PeakWorkingSet64 / (1024.0 * 1024.0):0} MiB"));
            return 0;
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<IReadOnlyList<PrintedPdf>> Print(string chromium, string site, IReadOnlyList<Classeur.Model.Fiche> fiches)
    {
        await using var printer = await PdfPrinter.LaunchAsync(chromium).ConfigureAwait(false);
        return await FichePdfs.PrintAsync(printer, site, fiches).ConfigureAwait(false);
    }
}
