using System.Diagnostics;
using System.Globalization;
using System.Net;
using Classeur.Cli.Serve;

namespace Classeur.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Classeur.Bench -- serve [copies…]`: for the manual copied
/// N times (1 and 100 by default), starts the preview server, saves one fiche and prints the time
/// until the reload event reaches a listening page (the preview rebuilds incrementally), then what
/// the last rebuild rewrote and rendered, and its stages. Figures, not a test.
/// </summary>
public static class ReloadLatency
{
    public static int Run(string[] args, TextWriter output, string repository, Action<string, string> copyTemplates)
    {
        var corpora = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1, 100];
        foreach (var copies in corpora)
        {
            var work = Path.Combine(Path.GetTempPath(), "classeur-bench-serve-" + Guid.NewGuid().ToString("N"));
            try
            {
                CorpusMultiplier.Write(repository, work, copies);
                copyTemplates(Path.Combine(repository, "templates"), Path.Combine(work, "templates"));
                var (times, last) = Measure(work, 5).GetAwaiter().GetResult();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"corpus: {copies} copies, {last.PageCount} pages — save → reload event: median {times[times.Count / 2]:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms ({times.Count} saves)"));
                // What the incremental rebuild did for the last save, and where its time went.
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  last save: {last.RenderedPages.Count} files rewritten ({string.Join(", ", last.RenderedPages.Take(4))}{(last.RenderedPages.Count > 4 ? ", …" : "")}), templates rendered {last.TemplatesRendered}, reused {last.TemplatesReused}"));
                output.WriteLine("  stages: " + string.Join(", ", last.Timings.Stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Elapsed.TotalMilliseconds:0} ms"))));
            }
            finally
            {
                if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
            }
        }
        return 0;
    }

    private static async Task<(List<double> Times, Classeur.Build.BuildResult Last)> Measure(string project, int saves)
    {
        using var site = new PreviewSite(project);
        site.Rebuild();
        await using var server = new PreviewServer(site, IPAddress.Loopback, 0);
        await server.StartAsync();
        using var watcher = new SourceWatcher(project, [Path.Combine(project, "content"), Path.Combine(project, "templates")], () => site.Rebuild(), TimeSpan.FromMilliseconds(150));
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(5) };
        using var events = new StreamReader(await http.GetStreamAsync("__classeur/events"));
        await events.ReadLineAsync();
        var fiche = Directory.EnumerateFiles(Path.Combine(project, "content", "experiences"), "*.md").Order(StringComparer.Ordinal).First();
        var times = new List<double>();
        for (var i = 0; i < saves; i++)
        {
            var clock = Stopwatch.StartNew();
            await File.AppendAllTextAsync(fiche, $"\nPhrase ajoutée {i}.\n");
            string? line;
            do line = await events.ReadLineAsync(); while (line is not null && !line.StartsWith("event:", StringComparison.Ordinal));
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return (times, site.LastResult!);
    }
}
