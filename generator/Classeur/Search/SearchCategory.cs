using Classeur.Model;

namespace Classeur.Search;

/// <summary>
/// What the search's count counts, apart: the manual's fiches (repères, méthodes, expériences), the
/// library's documents (resources and the cases they describe), and the other pages (édito, index…).
/// The value is what the index writes.
/// </summary>
public enum SearchCategory
{
    Fiche = 0,
    Bibliotheque = 1,
    Page = 2,
}

/// <summary>The category of each type of fiche.</summary>
internal static class SearchCategories
{
    public const int Count = 3;

    public static SearchCategory Of(FicheType type) => type switch
    {
        FicheType.Page => SearchCategory.Page,
        FicheType.Ressource or FicheType.ExperienceExterne => SearchCategory.Bibliotheque,
        _ => SearchCategory.Fiche,
    };
}
