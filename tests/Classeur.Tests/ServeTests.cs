using System.Net;
using Classeur.Cli.Serve;
using Classeur.Tests.Support;

namespace Classeur.Tests;

/// <summary>
/// `classeur serve` end to end, on a free loopback port: pages served with the reload script, a
/// reload event after an edit, and the last good page with an error banner while a fiche is broken.
/// Every wait is bounded.
/// </summary>
public sealed class ServeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task An_edit_rebuilds_sends_a_reload_event_and_a_broken_fiche_keeps_the_last_good_page_with_a_banner()
    {
        using var project = FixtureSite.Create();
        using var site = new PreviewSite(project.Root);
        Assert.True(site.Rebuild().Succeeded);
        await using var server = new PreviewServer(site, IPAddress.Loopback, 0);
        await server.StartAsync();
        using var watcher = new SourceWatcher(project.Root, [project.PathOf("content"), project.PathOf("templates")], () => site.Rebuild(), TimeSpan.FromMilliseconds(100));
        using var http = new HttpClient { BaseAddress = server.Address, Timeout = Patience };
        Assert.Equal("127.0.0.1", server.Address.Host);

        var page = await http.GetStringAsync("fiches/i-b-1.html");
        Assert.Contains("<script src=\"/__classeur/reload.js\" defer></script>", page, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", page, StringComparison.Ordinal);
        Assert.DoesNotContain("classeur-apercu-erreurs", page, StringComparison.Ordinal);
        Assert.Contains("EventSource", await http.GetStringAsync("__classeur/reload.js"), StringComparison.Ordinal);

        // Listen for events, then edit one fiche: a reload event arrives and the page shows the edit.
        using var events = new StreamReader(await http.GetStreamAsync("__classeur/events"));
        Assert.StartsWith(": génération", await ReadLine(events));
        var fiche = Directory.EnumerateFiles(project.PathOf("content/reperes"), "I-B-1-*.md").Single();
        var original = File.ReadAllText(fiche);
        File.WriteAllText(fiche, original + "\nUne phrase ajoutée pendant l'aperçu.\n");
        Assert.Equal("event: reload", await NextEvent(events));
        Assert.Contains("Une phrase ajoutée pendant l", await http.GetStringAsync("fiches/i-b-1.html"), StringComparison.Ordinal);

        // Break it: the last good page is still served, with the error banner.
        File.WriteAllText(fiche, original.Replace("\ntitle:", "\nsee_also: [I-Z-9]\ntitle:", StringComparison.Ordinal) + "\nUne phrase cassée.\n");
        Assert.Equal("event: reload", await NextEvent(events));
        var broken = await http.GetStringAsync("fiches/i-b-1.html");
        Assert.Contains("class=\"classeur-apercu-erreurs\" role=\"alert\"", broken, StringComparison.Ordinal);
        Assert.Contains("CLS0201", broken, StringComparison.Ordinal);
        Assert.Contains("Une phrase ajoutée pendant l", broken, StringComparison.Ordinal);
        Assert.DoesNotContain("Une phrase cassée", broken, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("fiches/inexistante.html")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("..%2F..%2Fetc%2Fpasswd")).StatusCode);
    }

    private static async Task<string> NextEvent(StreamReader events)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            var line = await ReadLine(events);
            if (line.StartsWith("event:", StringComparison.Ordinal)) return line;
        }
        throw new TimeoutException("no reload event");
    }

    private static async Task<string> ReadLine(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(Patience);
        return await reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException();
    }
}
