namespace Classeur.Model;

/// <summary>The kinds of fiche of the manual; the value is what editors write in `type:`.</summary>
public enum FicheType
{
    Repere,
    Methode,
    Experience,
    Page,
}
