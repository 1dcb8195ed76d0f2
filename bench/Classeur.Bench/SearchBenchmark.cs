using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Classeur.Build;
using Classeur.Search;

namespace Classeur.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Classeur.Bench -- search [copies…]`: for the manual copied N
/// times (1 and 100 by default), builds the whole site and prints what the search costs to build (its
/// stage against the whole build; then three more index builds, each cold, with their median time, CPU and
/// allocations) and to publish (files, bytes),
/// then runs bench/search/measure.mjs on the built site: Classeur against Pagefind 1.6.0 with its
/// defaults, in Chromium, over tests/search/requetes.json (bytes per query, time to results, top 3).
/// Figures, not a test; a build with errors stops it.
/// </summary>
public static class SearchBenchmark
{
    public static int Run(string[] args, TextWriter output, string repository)
    {
        var corpora = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1, 100];
        if (!Directory.Exists(Path.Combine(repository, "bench", "search", "node_modules")))
            Process.Start(new ProcessStartInfo("npm", ["ci", "--prefix", Path.Combine(repository, "bench", "search")]))!.WaitForExit();
        // Warm the JIT on the manual itself so that the first corpus measures the build, not start-up.
        var warm = SiteBuilder.Load(new BuildOptions(repository) { CheckOnly = true });
        SearchIndexBuilder.Build(warm.Manual, warm.Config);
        foreach (var copies in corpora)
        {
            var work = Path.Combine(Path.GetTempPath(), "classeur-bench-search-" + Guid.NewGuid().ToString("N"));
            try
            {
                CorpusMultiplier.Write(repository, work, copies);
                // Copied whole: the build refuses a symbolic link that leads out of templates/ (CLS0005).
                BuildBenchmark.CopyTree(Path.Combine(repository, "templates"), Path.Combine(work, "templates"));
                if (Measure(work, copies, repository, output) != 0) return 1;
            }
            finally
            {
                if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
            }
        }
        return 0;
    }

    private static int Measure(string project, int copies, string repository, TextWriter output)
    {
        string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
        // The warm-up met the manual's words, which every copy repeats: the build's search stage starts cold, as in a fresh process.
        SearchIndexBuilder.ForgetTerms();
        GC.Collect();
        var result = SiteBuilder.Run(new BuildOptions(project));
        if (!result.Succeeded || !result.Written)
        {
            output.WriteLine(F($"corpus: {copies} copies: the build failed ({result.ErrorCount} errors), nothing measured"));
            foreach (var d in result.Diagnostics.Take(5)) output.WriteLine("  " + d);
            return 1;
        }
        var stage = result.Timings.Stages.Single(s => s.Stage == "recherche").Elapsed;
        var loaded = SiteBuilder.Load(new BuildOptions(project) { CheckOnly = true });
        // Each run cold (no word's term known yet, as in a fresh process) after a full collection; allocations
        // counted over every thread (the index reads fiches in parallel), CPU over the process's threads.
        var runs = new List<(double Elapsed, double Cpu, long Allocated)>();
        using var process = Process.GetCurrentProcess();
        for (var i = 0; i < 3; i++)
        {
            SearchIndexBuilder.ForgetTerms();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            process.Refresh();
            var (cpu, allocated) = (process.TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true));
            var clock = Stopwatch.StartNew();
            SearchIndexBuilder.Build(loaded.Manual, loaded.Config);
            var elapsed = clock.Elapsed.TotalMilliseconds;
            process.Refresh();
            runs.Add((elapsed, (process.TotalProcessorTime - cpu).TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - allocated));
        }
        double Median(Func<(double Elapsed, double Cpu, long Allocated), double> of) => runs.Select(of).Order().ElementAt(runs.Count / 2);
        var index = Median(r => r.Elapsed);

        var site = Path.Combine(project, "_site");
        var files = Directory.EnumerateFiles(Path.Combine(site, "assets", "recherche"), "*", SearchOption.AllDirectories)
            .Select(f => (Path: Path.GetRelativePath(site, f), Raw: new FileInfo(f).Length, Gzip: Gzip(File.ReadAllBytes(f)))).ToList();
        (string Path, long Raw, long Gzip) Largest(string folder) => files.Where(f => f.Path.StartsWith("assets/recherche/" + folder, StringComparison.Ordinal)).MaxBy(f => f.Gzip);
        output.WriteLine(F($"corpus: {copies} copies, {result.FicheCount} fiches, {result.PageCount} pages"));
        output.WriteLine(F($"  build {result.Elapsed.TotalSeconds:0.00} s, of which search {stage.TotalMilliseconds:0} ms ({100 * stage / result.Elapsed:0.0} %)"));
        output.WriteLine(F($"  index alone, cold, median of 3: {index:0} ms ({100 * index / result.Elapsed.TotalMilliseconds:0.0} % of the build), CPU {Median(r => r.Cpu):0} ms, allocated {Median(r => r.Allocated) / (1024.0 * 1024):0} MiB"));
        output.WriteLine(F($"  index: {files.Count} files, {files.Sum(f => f.Raw) / 1024.0:0} KiB raw, {files.Sum(f => f.Gzip) / 1024.0:0} KiB gzip in all"));
        output.WriteLine(F($"  manifest {Largest("index.js").Gzip / 1024.0:0.0} KiB gzip; largest shard {Largest("t/").Gzip / 1024.0:0.0} KiB, text {Largest("s/").Gzip / 1024.0:0.0} KiB, prefix summary {(files.Any(f => f.Path.Contains("/p/", StringComparison.Ordinal)) ? Largest("p/").Gzip / 1024.0 : 0):0.0} KiB"));

        var measure = new ProcessStartInfo("node", [Path.Combine(repository, "bench", "search", "measure.mjs"), site, Path.Combine(repository, "tests", "search", "requetes.json")])
        { RedirectStandardOutput = true, RedirectStandardError = true };
        using var node = Process.Start(measure)!;
        var error = node.StandardError.ReadToEndAsync();
        output.Write(node.StandardOutput.ReadToEnd());
        node.WaitForExit();
        if (node.ExitCode != 0) output.WriteLine("  measure.mjs failed: " + error.Result.Trim());
        return node.ExitCode;
    }

    private static long Gzip(byte[] data)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(data);
        return memory.Length;
    }
}
