using Classeur.Diagnostics;
using Classeur.Parsing.Extensions;
using Markdig.Syntax;

namespace Classeur.Model;

/// <summary>
/// One fiche: its front matter, typed, and its parsed body. Relations keep the position where each
/// id was written so that validation can point at it.
/// </summary>
public sealed class Fiche
{
    public required FicheId Id { get; init; }
    public required FicheType Type { get; init; }
    public required string Title { get; init; }
    public string? Subtitle { get; init; }
    public string? ShortTitle { get; init; }
    public IReadOnlyList<Located<string>> Keywords { get; init; } = [];
    public IReadOnlyList<Located<string>> SeeAlso { get; init; } = [];

    /// <summary>A sentence printed at the head of « Pour aller plus loin », introducing its fiches.</summary>
    public string? SeeAlsoNote { get; init; }

    /// <summary>The type of fiches the note introduces (printed above their group); null: at the head of the block.</summary>
    public FicheType? SeeAlsoNoteFor { get; init; }

    /// <summary>The editorial changes made to this fiche's printed text, for the editorial report.</summary>
    public IReadOnlyList<EditorialCorrection> Corrections { get; init; } = [];
    public IReadOnlyList<Located<string>> Dimensions { get; init; } = [];
    public IReadOnlyList<ResourceItem> Resources { get; init; } = [];
    public IReadOnlyList<Contact> Contacts { get; init; } = [];
    public string? Organisation { get; init; }
    public Territory? Territory { get; init; }
    public string? Experimentation { get; init; }
    public int? Version { get; init; }

    /// <summary>The month of <see cref="Version"/> (« version_date: 2027-03 »), printed in the footer.</summary>
    public DateOnly? VersionDate { get; init; }
    public bool IsDraft { get; init; }

    // Library fields: a resource's document, related fiches, cases and records; an external case's source.
    public DocumentInfo? Document { get; init; }
    public IReadOnlyList<RelatedFiche> Related { get; init; } = [];
    public IReadOnlyList<Located<string>> Cases { get; init; } = [];
    public IReadOnlyList<Located<string>> BibliographyRefs { get; init; } = [];
    public SourceReference? Source { get; init; }

    /// <summary>When the facts of an external case took place, as the document says (« 2012-2016 », « vers 1998 »).</summary>
    public string? Period { get; init; }

    /// <summary>The date of the document that reports an external case.</summary>
    public string? SourceDate { get; init; }

    /// <summary>Where the id was written (front matter), for messages about the fiche as a whole.</summary>
    public required SourceLocation Location { get; init; }

    public required string SourcePath { get; init; }

    /// <summary>Path relative to the content folder: local links in the body are relative to it.</summary>
    public required string ContentPath { get; init; }
    public required MarkdownDocument Body { get; init; }
    public IReadOnlyList<CrossReferenceInline> CrossReferences { get; init; } = [];
    public IReadOnlyList<HeadingInfo> Headings { get; init; } = [];

    /// <summary>True when the body holds at least one block besides the front matter.</summary>
    public bool HasBody => Body.Any(b => b is not Markdig.Extensions.Yaml.YamlFrontMatterBlock);

    /// <summary>The label other fiches show when they cite this one.</summary>
    public string Label => ShortTitle ?? Title;

    /// <summary>« Fiche I-C-2-a – Coopération », or the page title for pages.</summary>
    public string CitationText => _citationText ??= Type switch
    {
        FicheType.Page => Title,
        FicheType.Ressource => $"Ressource {Id.Value} – {Label}",
        FicheType.ExperienceExterne => $"Expérience externe {Id.Value} – {Label}",
        _ => $"Fiche {Id.Value} – {Label}",
    };

    public string Url => _url ??= Id.Url;

    // Both asked for on every page that links here (tens of thousands of times at x100): made once. Every
    // member they derive from is init-only, and a Copy() keeps the same values.
    private string? _url;
    private string? _citationText;

    /// <summary>The same fiche as a new object (same tree): what is worked out once per fiche object starts afresh.</summary>
    internal Fiche Copy() => (Fiche)MemberwiseClone();

    public override string ToString() => Id.Value;
}
