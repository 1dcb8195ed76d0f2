using Classeur.Editions;

namespace Classeur.Cli;

/// <summary>What `print --depuis` and `build` tell the user about the fiches to reprint since an edition.</summary>
public static class UpdateReport
{
    public static void Write(EditionChanges changes, TextWriter output)
    {
        if (changes.IsEmpty)
        {
            output.WriteLine($"Aucune fiche n'a changé à l'impression depuis {changes.Edition.Description}.");
            return;
        }
        output.WriteLine($"Depuis {changes.Edition.Description} : {Count(changes.Changed.Count, "fiche à remplacer", "fiches à remplacer")}, " +
            $"{Count(changes.Added.Count, "à ajouter", "à ajouter")}, {Count(changes.Removed.Count, "à retirer", "à retirer")}.");
        foreach (var fiche in changes.Changed) output.WriteLine($"  à remplacer : {fiche.CitationText}");
        foreach (var fiche in changes.Added) output.WriteLine($"  à ajouter : {fiche.CitationText}");
        foreach (var fiche in changes.Removed) output.WriteLine($"  à retirer : {fiche.Citation}");
    }

    /// <summary>One line for `build`: how many fiches to reprint, and the command that prints them.</summary>
    public static string Summary(EditionChanges changes) => changes.IsEmpty
        ? $"Aucune fiche à réimprimer depuis {changes.Edition.Description}."
        : $"Depuis {changes.Edition.Description} : {Count(changes.ToPrint.Count, "fiche à réimprimer", "fiches à réimprimer")}" +
          (changes.Removed.Count > 0 ? $", {Count(changes.Removed.Count, "à retirer", "à retirer")}" : "") +
          $" (liste sur imprimer/index.html ; « classeur print --depuis {changes.Edition.Name} » les imprime).";

    private static string Count(int n, string singular, string plural) =>
        $"{n.ToString(System.Globalization.CultureInfo.InvariantCulture)} {(n <= 1 ? singular : plural)}";
}
