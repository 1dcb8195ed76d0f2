using System.Globalization;

namespace Classeur.Bench;

/// <summary>
/// `bench [N…] [--runs R] [--commande CHEMIN]`: the real manual copied N times (1, 10 and 100 by
/// default), built by the published command in a new process as a user runs it, R times (5): median
/// wall time, CPU time and peak memory, and the stages the command reports. `bench stress citations|
/// dimensions N…` does the same on the corpora of <see cref="StressCorpus"/>. A build with errors
/// stops the benchmark with its errors: it would measure a build that did not happen.
/// </summary>
public static class BuildBenchmark
{
    public static int Run(string repository, string[] args, TextWriter output)
    {
        var runs = Option(ref args, "--runs") is { } r ? int.Parse(r, CultureInfo.InvariantCulture) : 5;
        var command = Option(ref args, "--commande");
        var work = Path.Combine(Path.GetTempPath(), "classeur-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            if (command is null)
            {
                output.WriteLine("dotnet publish -c Release de generator/Classeur.Cli…");
                command = WholeProcess.Publish(repository, Path.Combine(work, "bin"));
            }
            var (kind, sizes) = args is ["stress", var which, .. var rest] ? (which, rest) : ("copies", args);
            if (sizes.Length == 0) sizes = kind == "copies" ? ["1", "10", "100"] : kind == "citations" ? ["2000", "4000", "8000"] : ["1000", "2000", "4000"];
            output.WriteLine($"commande : {command} ; {runs} exécutions par corpus, médianes");
            foreach (var size in sizes.Select(s => int.Parse(s, CultureInfo.InvariantCulture)))
            {
                var project = Path.Combine(work, $"{kind}-{size}");
                Write(kind, repository, project, size);
                CopyTree(Path.Combine(repository, "templates"), Path.Combine(project, "templates"));
                if (!Measure(command, project, Path.Combine(work, "site"), $"{kind} {size}", runs, output)) return 1;
            }
            return 0;
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    private static void Write(string kind, string repository, string project, int size)
    {
        switch (kind)
        {
            case "copies": CorpusMultiplier.Write(repository, project, size); break;
            case "citations": StressCorpus.Citations(repository, project, size); break;
            case "dimensions": StressCorpus.SharedDimensions(repository, project, size); break;
            default: throw new ArgumentException($"corpus inconnu : {kind} (copies, citations ou dimensions)");
        }
    }

    private static bool Measure(string command, string project, string site, string label, int runs, TextWriter output)
    {
        var results = new List<WholeProcess>();
        for (var i = 0; i <= runs; i++)
        {
            // The first build writes the site; the ones measured replace it, as a rebuild does.
            var result = WholeProcess.Run(command, "build", "--project", project, "--output", site);
            if (result.ExitCode != 0)
            {
                output.WriteLine($"ÉCHEC {label} : la construction s'est terminée avec le code {result.ExitCode} ; rien n'est mesuré.");
                output.WriteLine(string.Join('\n', (result.Output + result.Error).Split('\n').Take(30)));
                return false;
            }
            if (i > 0) results.Add(result);
        }
        var summary = results[^1].Output.Split('\n').LastOrDefault(l => l.StartsWith("Site construit", StringComparison.Ordinal)) ?? "";
        var stages = results[^1].Error.Split('\n').LastOrDefault(l => l.StartsWith("Étapes", StringComparison.Ordinal)) ?? "";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label,-18} {WholeProcess.Median(results.Select(r => r.Seconds)),7:0.000} s   CPU {WholeProcess.Median(results.Select(r => r.CpuSeconds)),7:0.000} s   pic {WholeProcess.Median(results.Select(r => (double)r.PeakKiB)) / 1024,6:0} Mio"));
        output.WriteLine($"    {summary}");
        output.WriteLine($"    {stages}");
        return true;
    }

    /// <summary>Takes « name value » out of the arguments, wherever it stands; null when absent.</summary>
    internal static string? Option(ref string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        if (at < 0 || at + 1 >= args.Length) return null;
        var value = args[at + 1];
        args = [.. args[..at], .. args[(at + 2)..]];
        return value;
    }

    public static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
