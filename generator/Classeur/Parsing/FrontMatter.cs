using Classeur.Diagnostics;
using Classeur.Model;

namespace Classeur.Parsing;

/// <summary>The typed front matter of one file, before it becomes a <see cref="Fiche"/>.</summary>
internal sealed class FrontMatter
{
    public Located<string>? Id { get; set; }
    public Located<string>? TypeText { get; set; }
    public FicheType? Type { get; set; }
    public string? Title { get; set; }
    public string? Subtitle { get; set; }
    public string? ShortTitle { get; set; }
    public IReadOnlyList<Located<string>> Keywords { get; set; } = [];
    public IReadOnlyList<Located<string>> SeeAlso { get; set; } = [];
    public string? SeeAlsoNote { get; set; }
    public FicheType? SeeAlsoNoteFor { get; set; }
    public IReadOnlyList<EditorialCorrection> Corrections { get; set; } = [];
    public IReadOnlyList<Located<string>> Dimensions { get; set; } = [];
    public IReadOnlyList<ResourceItem> Resources { get; set; } = [];
    public IReadOnlyList<Contact> Contacts { get; set; } = [];
    public string? Organisation { get; set; }
    public Territory? Territory { get; set; }
    public string? Experimentation { get; set; }
    public int? Version { get; set; }
    public DateOnly? VersionDate { get; set; }
    public bool IsDraft { get; set; }
    public DocumentInfo? Document { get; set; }
    public IReadOnlyList<RelatedFiche> Related { get; set; } = [];
    public IReadOnlyList<Located<string>> Cases { get; set; } = [];
    public IReadOnlyList<Located<string>> BibliographyRefs { get; set; } = [];
    public SourceReference? Source { get; set; }
    public string? Period { get; set; }
    public string? SourceDate { get; set; }

    /// <summary>Where the front matter begins: the fallback location for a missing field.</summary>
    public required SourceLocation Start { get; init; }
}
