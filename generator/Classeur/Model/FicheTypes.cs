namespace Classeur.Model;

/// <summary>Names of fiche types as written in front matter and as read in French.</summary>
public static class FicheTypes
{
    public static string Key(FicheType type) => type switch
    {
        FicheType.Repere => "repere",
        FicheType.Methode => "methode",
        FicheType.Experience => "experience",
        FicheType.Ressource => "ressource",
        FicheType.ExperienceExterne => "experience-externe",
        _ => "page",
    };

    public static FicheType? Parse(string key) => key switch
    {
        "repere" => FicheType.Repere,
        "methode" => FicheType.Methode,
        "experience" => FicheType.Experience,
        "page" => FicheType.Page,
        "ressource" => FicheType.Ressource,
        "experience-externe" => FicheType.ExperienceExterne,
        _ => null,
    };

    public static IReadOnlyList<string> Keys { get; } = ["repere", "methode", "experience", "page", "ressource", "experience-externe"];

    /// <summary>Library types: outside documents and their cases, never part of the manual's sommaire or print.</summary>
    public static bool IsLibrary(FicheType type) => type is FicheType.Ressource or FicheType.ExperienceExterne;

    /// <summary>"un repère", "une méthode"…: used in messages ("« III-4 » est une expérience").</summary>
    public static string WithArticle(FicheType type) => type switch
    {
        FicheType.Repere => "un repère",
        FicheType.Methode => "une méthode",
        FicheType.Experience => "une expérience",
        FicheType.Ressource => "une ressource",
        FicheType.ExperienceExterne => "une expérience externe",
        _ => "une page",
    };
}
