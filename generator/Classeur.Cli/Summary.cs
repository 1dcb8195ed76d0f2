using System.Globalization;
using Classeur.Build;

namespace Classeur.Cli;

/// <summary>The one-line French summary printed at the end of every run.</summary>
public static class Summary
{
    public static string Format(BuildResult result, bool checkOnly, string projectRoot)
    {
        var fiches = Count(result.FicheCount, "fiche", "fiches");
        if (result.DraftCount > 0) fiches += $" (dont {Count(result.DraftCount, "brouillon", "brouillons")})";
        var problems = $"{Count(result.ErrorCount, "erreur", "erreurs")}, {Count(result.WarningCount, "avertissement", "avertissements")}";
        var time = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',') + " s";
        if (checkOnly)
            return $"{(result.Succeeded ? "Vérification terminée" : "Vérification en échec")} : {fiches}, {problems}, en {time}.";
        if (!result.Written)
            return $"Construction en échec : {fiches}, {problems}, en {time}. Rien n'a été écrit : le site précédent est conservé.";
        var output = Path.GetRelativePath(projectRoot, result.OutputDirectory!).Replace('\\', '/');
        return $"Site construit : {fiches}, {Count(result.PageCount, "page", "pages")}, {problems}, en {time} → {output}/";
    }

    /// <summary>French counts: 0 and 1 take the singular.</summary>
    private static string Count(int n, string singular, string plural) =>
        $"{n.ToString(CultureInfo.InvariantCulture)} {(n <= 1 ? singular : plural)}";
}
