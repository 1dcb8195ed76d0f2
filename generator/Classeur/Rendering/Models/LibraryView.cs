namespace Classeur.Rendering.Models;

/// <summary>
/// Everything library-related on a page (<c>{{library.…}}</c>): on the manual's fiches, the library read
/// backwards; on a resource, its document, related fiches, cases and records; on an external case, its
/// source, dates, dimensions and « Voir aussi ». What does not apply is empty or null.
/// </summary>
internal sealed record LibraryView : ITemplateModel
{
    /// <summary>The library page, relative to this one.</summary>
    public required string Url { get; init; }

    public required IReadOnlyList<FicheLink> RelatedResources { get; init; }

    public required IReadOnlyList<FicheLink> ExternalCases { get; init; }

    public IReadOnlyList<DocumentRow> Document { get; init; } = [];

    public bool DocumentHasInferred { get; init; }

    public IReadOnlyList<FicheLink> Related { get; init; } = [];

    public IReadOnlyList<FicheLink> Cases { get; init; } = [];

    public IReadOnlyList<LibraryRecord> Records { get; init; } = [];

    public FicheLink? Source { get; init; }

    public string? Dates { get; init; }

    public IReadOnlyList<FicheLink> Dimensions { get; init; } = [];

    public IReadOnlyList<FicheLink> SeeAlso { get; init; } = [];
}

/// <summary>A line of a resource's description: « Auteurs : … », marked when deduced rather than given.</summary>
internal sealed record DocumentRow(string Label, string Value, bool Inferred) : ITemplateModel;

/// <summary>A record of a resource's own bibliography.</summary>
internal sealed record LibraryRecord(string? Id, string Text, string? Url, string? RecordUrl, IReadOnlyList<FicheLink> AlsoIn) : ITemplateModel;

/// <summary>An acronym of the glossary, with where the manual's library defines it.</summary>
internal sealed record GlossaryTerm(string Anchor, string Term, string? Expansion, string? Definition, FicheLink? Source) : ITemplateModel;

/// <summary>A letter of the glossary's A–Z bar, linked (an anchor) when a term starts with it.</summary>
internal sealed record GlossaryLetter(string Letter, string? Anchor) : ITemplateModel;

internal sealed record GlossaryGroup(string Letter, string Anchor, IReadOnlyList<GlossaryTerm> Terms) : ITemplateModel;
