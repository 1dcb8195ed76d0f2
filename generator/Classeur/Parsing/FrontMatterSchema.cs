using Classeur.Model;

namespace Classeur.Parsing;

/// <summary>Which front-matter fields each type of fiche accepts (CONTENT-FORMAT.md, « Front matter »).</summary>
internal static class FrontMatterSchema
{
    private static readonly string[] Common =
        ["id", "type", "title", "subtitle", "short_title", "keywords", "see_also", "see_also_note", "see_also_note_for", "resources", "version", "version_date", "status", "corrections"];

    public static IReadOnlyList<string> ContactFields { get; } = ["name", "role", "organisation", "address", "phone", "email", "url"];

    public static IReadOnlyList<string> TerritoryFields { get; } = ["label", "departement", "region"];

    public static IReadOnlyList<string> ResourceFields { get; } = ["ref", "text", "url", "group"];

    public static IReadOnlyList<string> CorrectionFields { get; } = ["where", "printed", "corrected", "reason"];

    public static IReadOnlyList<string> DocumentFields { get; } = ["kind", "authors", "organisation", "publisher", "date", "length", "language", "inferred"];

    public static IReadOnlyList<string> RelatedFields { get; } = ["fiche", "reason", "where"];

    public static IReadOnlyList<string> SourceFields { get; } = ["ref", "where"];

    public static IReadOnlyList<string> Statuses { get; } = ["brouillon", "publie"];

    public static IReadOnlyList<string> FieldsFor(FicheType? type) => type switch
    {
        FicheType.Methode => [.. Common, "experimentation", "dimensions", "contacts"],
        FicheType.Experience => [.. Common, "organisation", "territory", "dimensions", "contacts"],
        FicheType.Ressource => [.. Common, "document", "related", "cases", "bibliography"],
        FicheType.ExperienceExterne => [.. Common, "organisation", "territory", "dimensions", "source", "period", "source_date"],
        _ => Common,
    };

    /// <summary>Every field of any type: a field known elsewhere gets "not for this type", not "unknown".</summary>
    public static IReadOnlyList<string> AllFields { get; } =
        [.. Common, "experimentation", "organisation", "territory", "dimensions", "contacts",
            "document", "related", "cases", "bibliography", "source", "period", "source_date"];
}
