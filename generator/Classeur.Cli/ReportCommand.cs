using System.CommandLine;
using Classeur.Build;
using Classeur.Diagnostics;
using Classeur.Knowledge;

namespace Classeur.Cli;

/// <summary>
/// `classeur report`: the editorial report (orphan fiches, lone keywords, records never cited…) for the
/// federation's staff, as text or JSON. It reads the content as check does and writes nothing.
/// </summary>
public static class ReportCommand
{
    public static Command Create(Option<string?> project, Option<string?> content, TextWriter output, TextWriter error)
    {
        var format = new Option<string>("--format", "-f") { Description = "Format du rapport : text (par défaut) ou json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("report", "Affiche le rapport éditorial : fiches orphelines, mots clefs d'une seule fiche, notices jamais citées, liens à sens unique…")
        {
            project, content, format,
        };
        command.SetAction(parsed =>
        {
            var root = ProjectLocator.Find(parsed.GetValue(project), Directory.GetCurrentDirectory());
            if (root is null)
            {
                error.WriteLine("classeur : aucun site.yml trouvé ici ni dans les dossiers parents. Lancez la commande depuis le dossier du projet, ou indiquez --project.");
                return CommandLine.BadUsage;
            }
            var given = parsed.GetValue(content);
            var loaded = SiteBuilder.Load(new BuildOptions(root) { CheckOnly = true, ContentDirectory = given is null ? null : Path.GetFullPath(given) });
            var errors = loaded.Diagnostics.Sorted().Count(d => d.Severity == Severity.Error);
            if (errors > 0)
            {
                error.WriteLine($"classeur : le contenu a {errors} erreur{(errors > 1 ? "s" : "")} ; lancez « classeur check » pour les voir et les corriger avant le rapport.");
                return CommandLine.ContentErrors;
            }
            var report = new EditorialReport(loaded.Manual, new ManualLinks(loaded.Manual));
            output.Write(parsed.GetValue(format) == "json" ? ReportFormats.Json(report) : ReportFormats.Text(report, loaded.Config.ShortTitle ?? loaded.Config.Title));
            return CommandLine.Clean;
        });
        return command;
    }
}
