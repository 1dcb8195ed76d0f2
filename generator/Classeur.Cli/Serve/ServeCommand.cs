using System.CommandLine;
using System.Net;
using Classeur.Configuration;
using Classeur.Diagnostics;

namespace Classeur.Cli.Serve;

/// <summary>
/// `classeur serve`: builds, serves on http://127.0.0.1:8080 (loopback unless --address says
/// otherwise), rebuilds when a source changes, and reloads the open pages. Errors are printed here
/// and shown on the pages, which stay at their last good version.
/// </summary>
public static class ServeCommand
{
    /// <summary>
    /// How long the sources must stay still after a save before the rebuild: an editor writes a file in
    /// several steps, a few milliseconds apart. Waiting is part of every save's delay, so it is short: a
    /// build that starts too early is followed by another (a change during a build gives one build after it).
    /// </summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(20);

    public static Command Create(Option<string?> project, TextWriter output, TextWriter error)
    {
        var port = new Option<int>("--port") { Description = "Le port (par défaut 8080 ; 0 : un port libre).", DefaultValueFactory = _ => 8080 };
        var address = new Option<string>("--address")
        {
            Description = "L'adresse d'écoute (par défaut 127.0.0.1 : cette machine seulement).",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var command = new Command("serve", "Construit le site, le sert en local et le reconstruit à chaque modification.") { port, address, project };
        command.SetAction(async (parsed, cancellation) =>
        {
            var root = ProjectLocator.FindOrExplain(parsed.GetValue(project), error);
            if (root is null) return CommandLine.BadUsage;
            if (!IPAddress.TryParse(parsed.GetValue(address), out var ip))
            {
                await error.WriteLineAsync($"classeur : « {parsed.GetValue(address)} » n'est pas une adresse IP (par exemple 127.0.0.1).");
                return CommandLine.BadUsage;
            }
            using var site = new PreviewSite(root);
            site.Rebuilt += result => Report(result, root, output);
            site.Rebuild();
            await using var server = new PreviewServer(site, ip, parsed.GetValue(port));
            try
            {
                await server.StartAsync(cancellation);
            }
            catch (IOException e)
            {
                await error.WriteLineAsync($"classeur : impossible d'écouter sur {ip}:{parsed.GetValue(port)} ({e.Message}). Choisissez un autre port avec --port.");
                return CommandLine.BadUsage;
            }
            var config = SiteConfigLoader.Load(root, new DiagnosticBag());
            using var watcher = new SourceWatcher(root,
                [Path.Combine(root, config.ContentDirectory), Path.Combine(root, config.TemplatesDirectory)],
                site.RequestRebuild, Settle);
            await output.WriteLineAsync($"Aperçu sur {server.Address} : les pages se rechargent à chaque enregistrement. Ctrl+C pour arrêter.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellation);
            }
            catch (OperationCanceledException)
            {
                await output.WriteLineAsync("Aperçu arrêté.");
            }
            return CommandLine.Clean;
        });
        return command;
    }

    private static string Pages(int count) => count switch { 0 => "aucun fichier mis", 1 => "1 fichier mis", _ => $"{count} fichiers mis" };

    private static void Report(Build.BuildResult result, string root, TextWriter output)
    {
        lock (output)
        {
            foreach (var diagnostic in result.Diagnostics) output.WriteLine(diagnostic.ToString());
            // The preview's private output folder means nothing to the editor: name it « l'aperçu ».
            var summary = Summary.Format(result, false, root);
            var arrow = summary.LastIndexOf(" → ", StringComparison.Ordinal);
            var updated = result.Written ? $" ({Pages(result.RenderedPages.Count)} à jour)" : "";
            output.WriteLine((arrow > 0 ? summary[..arrow] + " → aperçu" : summary) + updated);
        }
    }
}
