namespace Classeur.Rendering.Models;

// The manual-wide lists: the sommaire, keywords and their index, the bibliography.

/// <summary>A part of the sommaire (avant-propos, the three parts, annexes), with its fiches or sections.</summary>
internal sealed record SommairePart(string Anchor, string Title, IReadOnlyList<SommaireItem> Items, IReadOnlyList<SommaireSection> Sections) : ITemplateModel;

internal sealed record SommaireSection(string Title, string Anchor, IReadOnlyList<SommaireItem> Items, IReadOnlyList<SommaireSection> Subsections) : ITemplateModel;

/// <summary>A fiche in the sommaire's lists (templates/partials/liste-fiches.hbs).</summary>
internal sealed record SommaireItem(string Url, string Id, bool IsPage, string Title, string? Subtitle, string? Organisation, string? Territory, bool IsDraft)
    : ITemplateModel;

/// <summary>A keyword's page: its fiches grouped by type, each with its first « En bref » sentence.</summary>
internal sealed record KeywordView(string Id, string Label, int Count, IReadOnlyList<KeywordGroup> Groups, string IndexUrl) : ITemplateModel;

internal sealed record KeywordGroup(string Title, bool IsLibrary, IReadOnlyList<FicheLink> Items) : ITemplateModel;

/// <summary>A keyword of the index « Quelques mots clefs », with its fiches as printed (ids).</summary>
internal sealed record KeywordIndexEntry(string Id, string Label, string? Precision, string Url, IReadOnlyList<IndexFiche> Fiches) : ITemplateModel;

/// <summary><see cref="Name"/> is the accessible name, which contains the visible <see cref="Text"/> (WCAG 2.5.3).</summary>
internal sealed record IndexFiche(string Url, string Text, string Name) : ITemplateModel;

internal sealed record BibliographySection(string? Title, IReadOnlyList<BibliographyGroup> Groups) : ITemplateModel;

internal sealed record BibliographyGroup(string? Title, IReadOnlyList<RecordView> Records) : ITemplateModel;

/// <summary>A record of the bibliography as the page lists it, with the fiches citing it.</summary>
internal sealed record RecordView(string Id, string? Intro, string? Title, string? Authors, string? Publisher, string? Date, string? Url, string? Note,
    IReadOnlyList<FicheLink> CitedBy) : ITemplateModel;
