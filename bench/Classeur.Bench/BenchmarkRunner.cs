using System.Diagnostics;
using System.Globalization;
using Classeur.Build;

namespace Classeur.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Classeur.Bench [-- copies | print | search | serve]`: builds the real manual copied
/// N times (100 by default, 4,500 fiches) and prints the time of each stage and the peak memory.
/// Figures to compare between versions, on the same machine; not a test.
/// </summary>
public static class BenchmarkRunner
{
    public static int Run(string[] args, TextWriter output)
    {
        if (args is ["serve", .. var corpora])
            return ReloadLatency.Run(corpora, output, FindRepository(), CopyTree);
        var repository = FindRepository();
        if (args is ["print", .. var printArgs]) return PrintBenchmark.Run(repository, printArgs, output);
        if (args is ["search", .. var searched]) return SearchBenchmark.Run(searched, output, repository);
        var copies = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100;
        var work = Path.Combine(Path.GetTempPath(), "classeur-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            CorpusMultiplier.Write(repository, work, copies);
            Directory.CreateDirectory(Path.Combine(work, "templates"));
            CopyTree(Path.Combine(repository, "templates"), Path.Combine(work, "templates"));

            // A first small build warms the JIT so that the figures measure the build, not start-up.
            SiteBuilder.Run(new BuildOptions(repository) { CheckOnly = true });
            GC.Collect();

            var clock = Stopwatch.StartNew();
            var result = SiteBuilder.Run(new BuildOptions(work));
            clock.Stop();
            var process = Process.GetCurrentProcess();
            process.Refresh();

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {copies} copies, {result.FicheCount} fiches, {result.PageCount} pages"));
            foreach (var (stage, elapsed) in result.Timings.Stages)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {stage,-12} {elapsed.TotalMilliseconds,8:0} ms"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"total: {clock.Elapsed.TotalSeconds:0.00} s"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set: {process.PeakWorkingSet64 / (1024.0 * 1024.0):0} MiB"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"errors: {result.ErrorCount}, warnings: {result.WarningCount}"));
            return result.Succeeded ? 0 : 1;
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    private static string FindRepository()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Classeur.slnx"))) return directory.FullName;
        }
        throw new InvalidOperationException("Lancez la mesure depuis le dépôt (Classeur.slnx introuvable).");
    }
}
