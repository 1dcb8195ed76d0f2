using System.Net;
using System.Text.RegularExpressions;
using Classeur.Tests.Support;

namespace Classeur.Tests.Reliability;

/// <summary>
/// Issue 22, points 1 and 6 under `classeur serve`, run as a real process: a scripted session of broken
/// and fixed saves, a template error, nesting Markdig refuses, content/ deleted then created again.
/// After each save the server is still up and shows the last good site, with the error banner while
/// something is wrong; HEAD is answered as GET; a burst of saves gives one build after the running one.
/// </summary>
public sealed partial class ServeSessionTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private const string Fiche = "content/reperes/I-C-2-a-cooperation.md";

    [Fact]
    public async Task Serve_survives_broken_saves_template_errors_and_a_deleted_content_folder()
    {
        using var site = FixtureSite.Create();
        using var serve = new CliProcess("serve", "--port", "0", "--project", site.Root);
        var address = new Uri(Address().Match(await serve.WaitForOutput(o => Address().IsMatch(o), Patience, "address")).Groups[1].Value);
        using var http = new HttpClient { BaseAddress = address, Timeout = Patience };
        var good = await http.GetStringAsync("fiches/i-c-2-a.html");
        Assert.DoesNotContain("classeur-apercu-erreurs", good, StringComparison.Ordinal);

        using (var head = await http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "fiches/i-c-2-a.html")))
            Assert.Equal(HttpStatusCode.OK, head.StatusCode);

        var original = site.Read(Fiche);
        var layout = site.Read("templates/layout.hbs");
        var steps = new (string What, Action Save, string? Code)[]
        {
            ("an unclosed list", () => site.Write(Fiche, original.Replace("see_also: [I-B-1, II-1, III-1]", "see_also: [I-B-1, II-1, III-1", StringComparison.Ordinal)), "CLS0102"),
            ("the fix", () => site.Write(Fiche, original), null),
            ("nesting Markdig refuses", () => site.Write(Fiche, original + "\n" + new string('>', 200) + " citation\n"), "CLS0221"),
            ("a tab", () => site.Write(Fiche, original.Replace("  - ref: guide-2010", "\t- ref: guide-2010", StringComparison.Ordinal)), "CLS0102"),
            ("the fix", () => site.Write(Fiche, original), null),
            ("a template error", () => site.Write("templates/layout.hbs", layout.Replace("</body>", "{{#if}}</body>", StringComparison.Ordinal)), "CLS0302"),
            ("an unknown partial", () => site.Write("templates/layout.hbs", layout.Replace("</body>", "{{> absent}}</body>", StringComparison.Ordinal)), "CLS0302"),
            ("the template fixed", () => site.Write("templates/layout.hbs", layout), null),
            ("content/ deleted", () => Directory.Delete(site.PathOf("content"), recursive: true), "CLS0003"),
            ("content/ created again", () => site.CopyFrom(Path.Combine(RepositoryPaths.Sites, "base", "content"), "content"), null),
            ("an edit after that", () => site.Write(Fiche, original.Replace("## En bref", "## En bref, enfin", StringComparison.Ordinal)), null),
        };
        foreach (var (what, save, code) in steps)
        {
            var builds = Builds(serve.Output);
            save();
            await serve.WaitForOutput(o => Builds(o) > builds, Patience, "build after " + what);
            // The build seen may have started before the save (copies still arriving): the save is then
            // built right after it, as a user sees it, so the page is read again until it shows the save.
            var page = await PageOnceBuilt(http, page => code is null
                ? !page.Contains("classeur-apercu-erreurs", StringComparison.Ordinal)
                : page.Contains("class=\"classeur-apercu-erreurs\"", StringComparison.Ordinal) && page.Contains(code, StringComparison.Ordinal));
            Assert.False(serve.HasExited, what);
            if (code is null)
            {
                Assert.DoesNotContain("classeur-apercu-erreurs", page, StringComparison.Ordinal);
            }
            else
            {
                Assert.True(page.Contains("class=\"classeur-apercu-erreurs\"", StringComparison.Ordinal) && page.Contains(code, StringComparison.Ordinal),
                    $"{what}: no banner with {code}\n{serve.Output}");
                Assert.Contains("Coopération", page, StringComparison.Ordinal); // the last good page
            }
        }
        Assert.Contains("En bref, enfin", await PageOnceBuilt(http, page => page.Contains("En bref, enfin", StringComparison.Ordinal)), StringComparison.Ordinal);

        var session = Directory.EnumerateDirectories(Path.Combine(Path.GetTempPath(), "classeur-serve"), serve.Id + "-*").Single();
        serve.Interrupt();
        Assert.True(serve.WaitForExit(Patience), "serve did not stop: " + serve.Output + "\nERR: " + serve.Error);
        Assert.Equal(0, serve.ExitCode);
        Assert.False(Directory.Exists(session), "the preview's folder is removed on Ctrl+C");
        Assert.DoesNotContain("Unhandled", serve.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_burst_of_saves_gives_one_build_after_the_running_one_not_a_queue()
    {
        // The real manual: a template save rebuilds every page, which takes longer than the saves' interval.
        using var project = new TempProject().CopyFrom(RepositoryPaths.Content, "content").WithTemplates();
        File.Copy(Path.Combine(RepositoryPaths.Root, "site.yml"), project.PathOf("site.yml"));
        using var serve = new CliProcess("serve", "--port", "0", "--project", project.Root);
        await serve.WaitForOutput(o => Address().IsMatch(o), Patience, "address");
        var layout = project.Read("templates/layout.hbs");

        var before = Builds(serve.Output);
        const int saves = 20;
        for (var i = 0; i < saves; i++)
        {
            project.Write("templates/layout.hbs", layout + $"<!-- enregistrement {i} -->\n");
            await Task.Delay(25); // faster than a rebuild of every page (0.1 s and more since templates render without Handlebars.Net)
        }
        // The last save is built, then nothing more comes.
        var index = Path.Combine(Directory.EnumerateDirectories(Path.Combine(Path.GetTempPath(), "classeur-serve"), serve.Id + "-*").Single(), "site", "index.html");
        var deadline = DateTime.UtcNow + Patience + Patience;
        while (!(File.Exists(index) && File.ReadAllText(index).Contains($"enregistrement {saves - 1}", StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, "the last save was never built:\n" + serve.Output);
            await Task.Delay(100);
        }
        await Task.Delay(TimeSpan.FromSeconds(2));
        var built = Builds(serve.Output) - before;
        Assert.InRange(built, 1, saves / 2);
        Assert.False(serve.HasExited);
    }

    /// <summary>Each build, good or bad, ends with one summary line.</summary>
    private static int Builds(string output) => Summary().Count(output);

    /// <summary>The fiche's page once <paramref name="shows"/> holds, or as it is after <see cref="Patience"/>.</summary>
    private static async Task<string> PageOnceBuilt(HttpClient http, Func<string, bool> shows)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var page = await http.GetStringAsync("fiches/i-c-2-a.html");
            if (shows(page) || DateTime.UtcNow > deadline) return page;
            await Task.Delay(100);
        }
    }

    [GeneratedRegex(@"Aperçu sur (http://[^ ]+) ")]
    private static partial Regex Address();

    [GeneratedRegex(@"^(Site construit|Construction en échec) ", RegexOptions.Multiline)]
    private static partial Regex Summary();
}
