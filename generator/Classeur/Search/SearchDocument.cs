namespace Classeur.Search;

/// <summary>
/// One search document: a whole fiche, or one of its « ## » sections (then <see cref="Section"/> and the
/// anchor in <see cref="Url"/> say where the hit lands). Values holds one text per field of <see cref="SearchDocuments.Fields"/>.
/// </summary>
public sealed record SearchDocument(
    string Reference,
    string Url,
    string Title,
    string? Section,
    string Type,
    string? Organisation,
    string? Territory,
    string? Region,
    IReadOnlyList<string> Keywords,
    string Text,
    IReadOnlyList<string?> Values)
{
    /// <summary>The fiche's type, which says what the count counts it as (<see cref="SearchCategories"/>).</summary>
    public Model.FicheType Kind { get; init; }
}
