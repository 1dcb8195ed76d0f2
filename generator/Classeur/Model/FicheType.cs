namespace Classeur.Model;

/// <summary>
/// The kinds of fiche; the value is what editors write in `type:`. The last two are the library's
/// (outside documents and the cases they describe), ordered after the manual's own fiches.
/// </summary>
public enum FicheType
{
    Repere,
    Methode,
    Experience,
    Page,
    Ressource,
    ExperienceExterne,
}
