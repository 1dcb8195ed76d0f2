using System.Globalization;
using Classeur.Build;
using Classeur.Chromium;
using Classeur.Print;

namespace Classeur.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Classeur.Bench -- print [runs] [--commande PATH]`: the whole
/// `classeur print` of the real manual, as a user runs it (the published command, as BuildBenchmark
/// publishes it, in a new process: start, build, Chromium, every fiche and the binders, the site written
/// with the PDFs), then `print --fiches I-C-2-a`; each timed [runs] times (3 by default) with the
/// medians of wall and CPU time (Chromium's included) printed. Then one in-process run gives the time of each stage, the
/// pages and the peak memory of this process (Chromium's own processes are not counted).
/// </summary>
public static class PrintBenchmark
{
    public static int Run(string repository, string[] args, TextWriter output)
    {
        var search = ChromiumLocator.Find(null, Environment.GetEnvironmentVariable(ChromiumLocator.EnvironmentVariable), null);
        if (!search.Found)
        {
            output.WriteLine(search.NotFoundMessage());
            return 3;
        }
        var command = BuildBenchmark.Option(ref args, "--commande");
        var runs = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 3;
        var work = Path.Combine(Path.GetTempPath(), "classeur-bench-print-" + Guid.NewGuid().ToString("N"));
        try
        {
            if (command is null)
            {
                output.WriteLine("dotnet publish -c Release de generator/Classeur.Cli…");
                command = WholeProcess.Publish(repository, Path.Combine(work, "bin"));
            }
            var site = Path.Combine(work, "site");
            foreach (var (what, extra) in new[] { ("whole print (process)", Array.Empty<string>()), ("print --fiches I-C-2-a (process)", ["--fiches", "I-C-2-a"]) })
            {
                var measured = new List<WholeProcess>();
                for (var i = 0; i < runs; i++)
                {
                    var run = WholeProcess.Run(command, ["print", "--project", repository, "--output", site, .. extra]);
                    if (run.ExitCode != 0)
                    {
                        output.WriteLine($"{what}: exit code {run.ExitCode}\n{run.Error}");
                        return 1;
                    }
                    measured.Add(run);
                }
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{what}: median {WholeProcess.Median(measured.Select(m => m.Seconds)):0.0} s, CPU {WholeProcess.Median(measured.Select(m => m.CpuSeconds)):0.0} s, over {runs} (runs: {string.Join(", ", measured.Select(m => m.Seconds.ToString("0.0", CultureInfo.InvariantCulture)))})"));
            }

            // In process, a single fiche then the whole print: the time of each stage.
            PrintOutcome? outcome = null;
            foreach (var (what, selection) in new[] { ("print --fiches I-C-2-a (in process)", new PrintSelection("I-C-2-a")), ("whole print (in process)", new PrintSelection()) })
            {
                outcome = PrintStage.RunAsync(new PrintRequest(new BuildOptions(repository) { OutputDirectory = site }, selection, ChromiumPdf.Launcher, null, search.Path)).GetAwaiter().GetResult();
                if (outcome.Status != PrintStatus.Printed)
                {
                    output.WriteLine($"in-process print: {outcome.Status} {outcome.Problem}");
                    return 1;
                }
                output.WriteLine(what + ":");
                foreach (var (stage, elapsed) in outcome.Timings!.Stages)
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-12} {elapsed.TotalSeconds,6:0.00} s"));
            }
            var binders = outcome!.Pdfs.Where(p => !p.RelativePath.Contains("/fiche-", StringComparison.Ordinal)).ToList();
            var fiches = outcome.Pdfs.Where(p => p.RelativePath.Contains("/fiche-", StringComparison.Ordinal)).ToList();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"fiches: {fiches.Count} PDF, {fiches.Sum(p => p.Pages)} pages; binders: {string.Join(", ", binders.Select(b => $"{b.RelativePath} {b.Pages} p."))}"));
            var process = System.Diagnostics.Process.GetCurrentProcess();
            process.Refresh();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set (this process): {process.PeakWorkingSet64 / (1024.0 * 1024.0):0} MiB"));
            return 0;
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }
}
