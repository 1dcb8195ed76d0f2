using System.Diagnostics;
using System.Globalization;
using System.Net;
using Classeur.Cli.Serve;

namespace Classeur.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Classeur.Bench -- serve [copies…] [--commande PATH]`: for the
/// manual copied N times (1 and 100 by default), starts `classeur serve` as a user does (the published
/// command, in its own process), saves one fiche and prints the time until the reload event reaches a
/// listening page and the page, fetched again, shows the saved sentence; then the same in this process, to print what the last rebuild rewrote and rendered,
/// and its stages. Figures, not a test.
/// </summary>
public static class ReloadLatency
{
    public static int Run(string[] args, TextWriter output, string repository, Action<string, string> copyTemplates)
    {
        var command = BuildBenchmark.Option(ref args, "--commande");
        var corpora = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1, 100];
        var bin = Path.Combine(Path.GetTempPath(), "classeur-bench-serve-bin-" + Guid.NewGuid().ToString("N"));
        try
        {
            if (command is null)
            {
                output.WriteLine("dotnet publish -c Release de generator/Classeur.Cli…");
                command = WholeProcess.Publish(repository, bin);
            }
            return Run(corpora, output, repository, copyTemplates, command);
        }
        finally
        {
            if (Directory.Exists(bin)) Directory.Delete(bin, recursive: true);
        }
    }

    private static int Run(int[] corpora, TextWriter output, string repository, Action<string, string> copyTemplates, string command)
    {
        foreach (var copies in corpora)
        {
            var work = Path.Combine(Path.GetTempPath(), "classeur-bench-serve-" + Guid.NewGuid().ToString("N"));
            try
            {
                CorpusMultiplier.Write(repository, work, copies);
                copyTemplates(Path.Combine(repository, "templates"), Path.Combine(work, "templates"));
                var published = MeasureCommand(command, work, 5).GetAwaiter().GetResult();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"corpus: {copies} copies, published command — save → reload event: median {published[published.Count / 2]:0} ms, min {published[0]:0} ms, max {published[^1]:0} ms ({published.Count} saves)"));
                var (times, last) = Measure(work, 5).GetAwaiter().GetResult();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"corpus: {copies} copies, {last.PageCount} pages, in this process — save → reload event: median {times[times.Count / 2]:0} ms, min {times[0]:0} ms, max {times[^1]:0} ms ({times.Count} saves)"));
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
        using var watcher = new SourceWatcher(project, [Path.Combine(project, "content"), Path.Combine(project, "templates")], site.RequestRebuild, ServeCommand.Settle);
        var times = await SaveAndWait(server.Address, project, saves);
        // The last save's search index, which follows its reload.
        await site.Idle();
        return (times, site.LastResult!);
    }

    /// <summary>The published command's `serve`, in its own process, stopped by Ctrl+C as a user stops it.</summary>
    private static async Task<List<double>> MeasureCommand(string command, string project, int saves)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "serve", "--port", "0", "--project", project }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            Uri? address = null;
            while (address is null && await process.StandardOutput.ReadLineAsync() is { } line)
            {
                var at = line.IndexOf("Aperçu sur http://", StringComparison.Ordinal);
                if (at >= 0) address = new Uri(line[(at + "Aperçu sur ".Length)..].Split(' ')[0]);
            }
            if (address is null) throw new InvalidOperationException("serve n'a pas démarré : " + await error);
            _ = process.StandardOutput.ReadToEndAsync();
            return await SaveAndWait(address, project, saves);
        }
        finally
        {
            using (var interrupt = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)])) await interrupt.WaitForExitAsync();
            if (!process.WaitForExit(30_000)) process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>
    /// Appends a sentence to a fiche, waits for the reload event a page listens to, then reloads the
    /// fiche's page as the browser does and checks that it shows the sentence; sorted times in ms.
    /// </summary>
    private static async Task<List<double>> SaveAndWait(Uri address, string project, int saves)
    {
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromMinutes(5) };
        using var events = new StreamReader(await http.GetStreamAsync("__classeur/events"));
        await events.ReadLineAsync();
        var fiche = Directory.EnumerateFiles(Path.Combine(project, "content", "experiences"), "*.md").Order(StringComparer.Ordinal).First();
        var page = PageOf(project, fiche);
        var times = new List<double>();
        for (var i = 0; i < saves; i++)
        {
            var sentence = $"Phrase ajoutée {i}.";
            var clock = Stopwatch.StartNew();
            await File.AppendAllTextAsync(fiche, $"\n{sentence}\n");
            // A reload that still shows the old page (a build that began before the save) does not count.
            do
            {
                string? line;
                do line = await events.ReadLineAsync(); while (line is not null && !line.StartsWith("event:", StringComparison.Ordinal));
                if (line is null) throw new InvalidOperationException("serve a fermé le flux des événements");
            }
            while (!(await http.GetStringAsync(page)).Contains(sentence, StringComparison.Ordinal));
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        times.Sort();
        return times;
    }

    /// <summary>The site address of a fiche's page.</summary>
    private static string PageOf(string project, string fiche)
    {
        var manual = Classeur.Build.SiteBuilder.Load(new Classeur.Build.BuildOptions(project) { CheckOnly = true, IncludeDrafts = true }).Manual;
        var relative = Path.GetRelativePath(Path.Combine(project, "content"), fiche).Replace('\\', '/');
        return manual.Fiches.Single(f => f.ContentPath == relative).Url;
    }
}
