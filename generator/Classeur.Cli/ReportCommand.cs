using System.CommandLine;
using System.Diagnostics;
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
            var root = ProjectLocator.FindOrExplain(parsed.GetValue(project), error);
            if (root is null) return CommandLine.BadUsage;
            var clock = Stopwatch.StartNew();
            var given = parsed.GetValue(content);
            // The report is the editors' view of the whole content: drafts included.
            var loaded = SiteBuilder.Load(new BuildOptions(root) { CheckOnly = true, IncludeDrafts = true, ContentDirectory = given is null ? null : Path.GetFullPath(given) });
            var errors = loaded.Diagnostics.Sorted().Count(d => d.Severity == Severity.Error);
            if (errors > 0)
            {
                error.WriteLine($"classeur : le contenu a {errors} erreur{(errors > 1 ? "s" : "")} ; lancez « classeur check » pour les voir et les corriger avant le rapport.");
                return CommandLine.ContentErrors;
            }
            var report = new EditorialReport(loaded.Manual, new ManualLinks(loaded.Manual));
            var json = parsed.GetValue(format) == "json";
            output.Write(json ? ReportFormats.Json(report) : ReportFormats.Text(report, loaded.Config.ShortTitle ?? loaded.Config.Title));
            // The closing line; after JSON it goes to standard error, so that a pipe gets valid JSON.
            (json ? error : output).WriteLine(Closing(report, loaded.Manual, clock.Elapsed));
            return CommandLine.Clean;
        });
        return command;
    }

    /// <summary>« Rapport terminé : 67 fiches, 12 points à revoir, 85 adresses externes sur 40 domaines, en 0,92 s. »</summary>
    private static string Closing(EditorialReport report, Model.Manual manual, TimeSpan elapsed)
    {
        var points = report.Orphans.Count + report.SingleKeywords.Count + report.UncitedRecords.Count + report.OneWaySeeAlso.Count
            + report.WithoutKeywords.Count + report.ExperiencesWithoutContacts.Count;
        var fiches = Summary.Count(manual.Fiches.Count, "fiche", "fiches");
        var drafts = manual.Fiches.Count(f => f.IsDraft);
        if (drafts > 0) fiches += $" (dont {Summary.Count(drafts, "brouillon", "brouillons")})";
        var urls = report.Domains.Sum(d => d.Urls.Count);
        return $"Rapport terminé : {fiches}, {Summary.Count(points, "point à revoir", "points à revoir")}, " +
            $"{Summary.Count(urls, "adresse externe", "adresses externes")} sur {Summary.Count(report.Domains.Count, "domaine", "domaines")}, en {Summary.Seconds(elapsed)}.";
    }
}
