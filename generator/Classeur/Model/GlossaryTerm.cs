namespace Classeur.Model;

/// <summary>
/// An acronym of content/glossaire.yml. `Term` is matched case-sensitively, whole word, in fiche
/// bodies; `Location` points at the entry for diagnostics. `Expansion` is null when no source spells
/// the acronym out: the glossary never invents one.
/// </summary>
public sealed record GlossaryTerm(
    string Id, string Term, string? Expansion, string? Definition, SourceReference? Source, Diagnostics.SourceLocation Location)
{
    /// <summary>The anchor of the term on the glossary page.</summary>
    public string Anchor => "sigle-" + Id;
}
