using System.Globalization;
using Classeur.Build;

namespace Classeur.Cli;

/// <summary>The one-line French summary printed at the end of every run.</summary>
public static class Summary
{
    public static string Format(BuildResult result, bool checkOnly, string projectRoot)
    {
        var problems = $"{Count(result.ErrorCount, "erreur", "erreurs")}, {Count(result.WarningCount, "avertissement", "avertissements")}";
        var time = Seconds(result.Elapsed);
        var leftOut = result.UnpublishedDrafts.Count;
        if (checkOnly)
        {
            // check reads every fiche, drafts included, whether a build would publish them or not.
            var all = Count(result.FicheCount + leftOut, "fiche", "fiches");
            var drafts = result.DraftCount + leftOut;
            if (drafts > 0) all += $" (dont {Count(drafts, "brouillon", "brouillons")})";
            return $"{(result.Succeeded ? "Vérification terminée" : "Vérification en échec")} : {all}, {problems}, en {time}.";
        }
        var fiches = Count(result.FicheCount, "fiche", "fiches");
        if (result.DraftCount > 0) fiches += $" (dont {Count(result.DraftCount, "brouillon", "brouillons")})";
        if (leftOut > 0) fiches += $", {Count(leftOut, "brouillon non publié", "brouillons non publiés")}";
        if (!result.Written)
            return $"Construction en échec : {fiches}, {problems}, en {time}. Rien n'a été écrit : le site précédent est conservé.";
        var output = Path.GetRelativePath(projectRoot, result.OutputDirectory!).Replace('\\', '/');
        return $"Site construit : {fiches}, {Count(result.PageCount, "page", "pages")}, {problems}, en {time} → {output}/";
    }

    /// <summary>« 1,25 s », the French way.</summary>
    public static string Seconds(TimeSpan elapsed) =>
        elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',') + " s";

    /// <summary>French counts: 0 and 1 take the singular.</summary>
    public static string Count(int n, string singular, string plural) =>
        $"{n.ToString(CultureInfo.InvariantCulture)} {(n <= 1 ? singular : plural)}";
}
