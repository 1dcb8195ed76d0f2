
namespace Classeur.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Classeur.Bench [-- N… | stress … | print | search | serve]`: the
/// build (<see cref="BuildBenchmark"/>), print, search and preview benchmarks. Figures to compare between
/// versions, on the same machine; not a test.
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
        return BuildBenchmark.Run(repository, args, output);
    }

    private static void CopyTree(string from, string to) => BuildBenchmark.CopyTree(from, to);

    private static string FindRepository()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Classeur.slnx"))) return directory.FullName;
        }
        throw new InvalidOperationException("Lancez la mesure depuis le dépôt (Classeur.slnx introuvable).");
    }
}
