using System.Diagnostics;
using System.Globalization;
using Classeur.Build;
using Classeur.Diagnostics;
using Classeur.Tests.Support;
using Xunit.Abstractions;

namespace Classeur.Tests.Reliability;

/// <summary>
/// Issue 22: random edits of the real fiches, data files and site.yml (fixed seed, a fixed number of edits), each
/// built as a preview does (incrementally, into a private folder). No edit may make the build throw;
/// every failed build names its errors at a file and line; no parser English reaches a message.
/// CLASSEUR_FUZZ_ITERATIONS, CLASSEUR_FUZZ_SECONDS (0: no limit), CLASSEUR_FUZZ_SEED,
/// CLASSEUR_FUZZ_BUILD_EVERY and CLASSEUR_FUZZ_REPORT (a file for the figures) run it at a larger
/// scale, outside the suite.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper log)
{
    /// <summary>Codes about a whole file or folder: no line to give.</summary>
    private static readonly HashSet<string> FileLevel = ["CLS0002", "CLS0003", "CLS0004", "CLS0005", "CLS0006", "CLS0302", "CLS0310", "CLS0401", "CLS0402"];

    [Fact]
    public void Random_edits_never_crash_a_build_and_every_failure_is_located_in_french()
    {
        // A fixed number of edits, not a time budget: the same edits are tried on a loaded machine.
        var iterations = Setting("CLASSEUR_FUZZ_ITERATIONS", 200);
        var seconds = Setting("CLASSEUR_FUZZ_SECONDS", 0);
        var buildEvery = Math.Max(1, Setting("CLASSEUR_FUZZ_BUILD_EVERY", 30));
        var mutator = new Mutator(Setting("CLASSEUR_FUZZ_SEED", 22));
        using var project = new TempProject().CopyFrom(RepositoryPaths.Content, "content").WithTemplates();
        File.Copy(Path.Combine(RepositoryPaths.Root, "site.yml"), project.PathOf("site.yml"));
        using var output = new TempProject();
        var options = new BuildOptions(project.Root) { OutputDirectory = output.PathOf("site"), Session = new BuildSession() };
        Assert.True(SiteBuilder.Run(options).Written);

        var fiches = Directory.EnumerateFiles(project.PathOf("content"), "*.md", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "README.md").Select(f => Path.GetRelativePath(project.Root, f)).Order(StringComparer.Ordinal).ToList();
        string[] data = ["content/mots-cles.yml", "content/bibliographie.yml", "content/glossaire.yml"];
        var problems = new List<string>();
        var (crashes, english, failed, longest, longestEdit, ran) = (0, 0, 0, TimeSpan.Zero, "", 0);
        var clock = Stopwatch.StartNew();
        for (; ran < iterations && (seconds == 0 || clock.Elapsed.TotalSeconds < seconds); ran++)
        {
            var roll = mutator.Next(20);
            var target = roll < 13 ? fiches[mutator.Next(fiches.Count)] : roll < 17 ? "site.yml" : data[mutator.Next(data.Length)];
            var original = File.ReadAllBytes(project.PathOf(target));
            var (bytes, edits) = mutator.Mutate(System.Text.Encoding.UTF8.GetString(original));
            File.WriteAllBytes(project.PathOf(target), bytes);
            var case_ = $"n° {ran} : {target} ({edits})";
            var one = Stopwatch.StartNew();
            try
            {
                // Most edits are checked; some are built (rendered and written) as a preview would.
                var result = SiteBuilder.Run(ran % buildEvery == 0 ? options : options with { CheckOnly = true });
                if (Environment.GetEnvironmentVariable("CLASSEUR_FUZZ_TIMINGS") == "1")
                    log.WriteLine(string.Join(" ", result.Timings.Stages.Select(t => $"{t.Stage}={t.Elapsed.TotalMilliseconds:0}")));
                if (one.Elapsed > longest) (longest, longestEdit) = (one.Elapsed, case_);
                var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
                if (!result.Succeeded) failed++;
                if (!result.Succeeded && errors.Count == 0) problems.Add($"{case_} : échec sans erreur");
                foreach (var error in errors.Where(e => e.Location.Path.Length == 0 || (e.Location.Line < 1 && !FileLevel.Contains(e.Code))))
                    problems.Add($"{case_} : non située : {error}");
                foreach (var diagnostic in result.Diagnostics.Where(d => FrenchText.HasParserEnglish(d.Message)))
                {
                    english++;
                    problems.Add($"{case_} : anglais : {diagnostic}");
                }
            }
            catch (Exception e)
            {
                crashes++;
                problems.Add($"{case_} : exception {e.GetType().Name} : {e.Message}\n{e.StackTrace}");
            }
            finally
            {
                File.WriteAllBytes(project.PathOf(target), original);
            }
        }

        var figures = string.Create(CultureInfo.InvariantCulture,
            $"{ran} modifications en {clock.Elapsed.TotalSeconds:0} s : {failed} constructions en échec, {crashes} exceptions, {english} messages avec de l'anglais, {problems.Count} problèmes ; la plus longue : {longest.TotalSeconds:0.00} s ({longestEdit})");
        log.WriteLine(figures);
        foreach (var problem in problems.Take(20)) log.WriteLine(problem);
        if (Environment.GetEnvironmentVariable("CLASSEUR_FUZZ_REPORT") is { Length: > 0 } report)
            File.WriteAllLines(report, [figures, .. problems]);
        Assert.True(seconds > 0 || ran == iterations, figures);
        Assert.True(problems.Count == 0, figures + "\n" + string.Join("\n", problems.Take(10)));
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
