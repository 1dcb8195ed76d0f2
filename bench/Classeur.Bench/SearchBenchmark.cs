using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Classeur.Build;
using Classeur.Search;

namespace Classeur.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Classeur.Bench -- search [copies…]`: for the manual copied N
/// times (1 and 100 by default), prints the size of the search index (raw and gzip) against the size
/// of the manual's text, the time to build it (documents, lunr index, JSON), and the time of a dozen
/// queries in Node (search-queries.mjs). Figures, not a test.
/// </summary>
public static class SearchBenchmark
{
    public static int Run(string[] args, TextWriter output, string repository, Action<string, string> copyTemplates)
    {
        var corpora = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1, 100];
        // Warm the JIT on the manual itself so that the first corpus measures the index, not start-up.
        var warm = SiteBuilder.Load(new BuildOptions(repository) { CheckOnly = true });
        SearchIndexBuilder.Build(warm.Manual, warm.Config);
        foreach (var copies in corpora)
        {
            var work = Path.Combine(Path.GetTempPath(), "classeur-bench-search-" + Guid.NewGuid().ToString("N"));
            try
            {
                CorpusMultiplier.Write(repository, work, copies);
                copyTemplates(Path.Combine(repository, "templates"), Path.Combine(work, "templates"));
                Measure(work, copies, repository, output);
            }
            finally
            {
                if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
            }
        }
        return 0;
    }

    private static void Measure(string project, int copies, string repository, TextWriter output)
    {
        var loaded = SiteBuilder.Load(new BuildOptions(project) { CheckOnly = true });
        var (manual, config) = (loaded.Manual, loaded.Config);
        GC.Collect();

        var clock = Stopwatch.StartNew();
        var documents = SearchDocuments.From(manual, config);
        var documentsTime = clock.Elapsed;
        clock.Restart();
        clock.Restart();
        var lunr = new LunrIndexBuilder(SearchDocuments.Fields);
        foreach (var document in documents) lunr.Add(document.Reference, document.Values);
        var indexTime = clock.Elapsed;
        clock.Restart();
        using (var writer = new Utf8JsonWriter(Stream.Null, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            lunr.WriteJson(writer);
        var jsonTime = clock.Elapsed;
        clock.Restart();
        var file = SearchIndexBuilder.Build(manual, config);
        var wholeTime = clock.Elapsed;

        // The manual's text: every fiche's words as the search reads them (titles, headings, body).
        var text = documents.Where(d => d.Section is null).Sum(d => (long)Encoding.UTF8.GetByteCount(string.Join(' ', d.Values.OfType<string>())));
        var gzip = Gzip(file);
        var indexPath = Path.Combine(project, "recherche-index.js");
        File.WriteAllBytes(indexPath, file);
        var node = Node(Path.Combine(repository, "templates"), indexPath);

        string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
        output.WriteLine(F($"corpus: {copies} copies, {manual.Fiches.Count} fiches, {documents.Count} search documents"));
        output.WriteLine(F($"  text of the manual   {text / 1024.0,10:0} KiB"));
        output.WriteLine(F($"  index, raw           {file.Length / 1024.0,10:0} KiB  ({(double)file.Length / text:0.00}× the text)"));
        output.WriteLine(F($"  index, gzip          {gzip / 1024.0,10:0} KiB  ({(double)gzip / text:0.00}× the text)"));
        output.WriteLine(F($"  build: documents {documentsTime.TotalMilliseconds:0} ms, lunr index {indexTime.TotalMilliseconds:0} ms, JSON {jsonTime.TotalMilliseconds:0} ms; whole file {wholeTime.TotalMilliseconds:0} ms"));
        output.WriteLine(node is null ? "  node: not found (query times need Node.js)" : "  node: " + node);
    }

    private static long Gzip(byte[] data)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(data);
        return memory.Length;
    }

    /// <summary>Runs search-queries.mjs and formats its JSON line: load and query times in milliseconds.</summary>
    private static string? Node(string templates, string indexPath)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "search-queries.mjs");
        var start = new ProcessStartInfo("node", [script, templates, indexPath]) { RedirectStandardOutput = true, RedirectStandardError = true };
        try
        {
            using var process = Process.Start(start)!;
            var line = process.StandardOutput.ReadToEnd();
            var error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0) return "failed: " + error.Trim();
            var figures = JsonDocument.Parse(line).RootElement;
            double Ms(string name) => figures.GetProperty(name).GetDouble();
            return string.Create(CultureInfo.InvariantCulture,
                $"lunr.Index.load {Ms("load"):0} ms; query median {Ms("median"):0.00} ms, p95 {Ms("p95"):0.00} ms ({figures.GetProperty("queries").GetInt32()} queries, {Ms("hits"):0} results per round)");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
